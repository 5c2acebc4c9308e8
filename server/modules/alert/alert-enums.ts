import { registerEnumType } from 'type-graphql';

export enum AlertKind {
  OVER_STAFFED = 'OVER_STAFFED',
  OVER_POSITIONS = 'OVER_POSITIONS',
  APPROVAL_EXPIRING = 'APPROVAL_EXPIRING',
  APPROVAL_USED_UP = 'APPROVAL_USED_UP',
}

export enum AlertEventType {
  RAISED = 'RAISED',
  RESOLVED = 'RESOLVED',
}

registerEnumType(AlertKind, {
  name: 'AlertKind',
  description: 'What an alert warns of (预警类型): over-staffing and over-positions, and the approvals to use posts that need attention.',
  valuesConfig: {
    OVER_STAFFED: { description: 'Over-staffed (超编): active staff of a unit in a quota category exceed its approved headcount; a category with no quota counts as zero.' },
    OVER_POSITIONS: { description: 'Over leadership positions (超职数): active leaders exceed the approved leadership positions.' },
    APPROVAL_EXPIRING: {
      description: 'An approval to use posts is about to expire unused (用编核准即将到期): open, with posts left, its last valid day within 30 days. Resolved when it is used up, withdrawn or expires.',
    },
    APPROVAL_USED_UP: { description: 'An approval to use posts is used up (用编核准已用完): every post approved is filled. A notice: closed as it is raised.' },
  },
});

registerEnumType(AlertEventType, {
  name: 'AlertEventType',
  description: 'What happened to an alert (预警事件).',
  valuesConfig: {
    RAISED: { description: 'The alert was raised (发出预警).' },
    RESOLVED: { description: 'The alert was resolved (预警解除).' },
  },
});
