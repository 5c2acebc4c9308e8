import { registerEnumType } from 'type-graphql';

export enum AlertKind {
  OVER_STAFFED = 'OVER_STAFFED',
  OVER_POSITIONS = 'OVER_POSITIONS',
}

export enum AlertEventType {
  RAISED = 'RAISED',
  RESOLVED = 'RESOLVED',
}

registerEnumType(AlertKind, {
  name: 'AlertKind',
  description: 'What a quota alert warns of (预警类型).',
  valuesConfig: {
    OVER_STAFFED: { description: 'Over-staffed (超编): active staff of a unit in a quota category exceed its approved headcount; a category with no quota counts as zero.' },
    OVER_POSITIONS: { description: 'Over leadership positions (超职数): active leaders exceed the approved leadership positions.' },
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
