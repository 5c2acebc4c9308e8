import { registerEnumType } from 'type-graphql';

export enum StaffingUsePurpose {
  OPEN_RECRUITMENT = 'OPEN_RECRUITMENT',
  CIVIL_SERVICE_EXAM = 'CIVIL_SERVICE_EXAM',
  TRANSFER_IN = 'TRANSFER_IN',
  MILITARY_RESETTLEMENT = 'MILITARY_RESETTLEMENT',
  SELECTION = 'SELECTION',
  OTHER = 'OTHER',
}

export enum StaffingUseStatus {
  OPEN = 'OPEN',
  USED_UP = 'USED_UP',
  EXPIRED = 'EXPIRED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(StaffingUsePurpose, {
  name: 'StaffingUsePurpose',
  description: 'What posts are approved for use for (用编事由).',
  valuesConfig: {
    OPEN_RECRUITMENT: { description: 'Open recruitment of a public institution (公开招聘).' },
    CIVIL_SERVICE_EXAM: { description: 'Civil-service examination and recruitment (考试录用).' },
    TRANSFER_IN: { description: 'Transfer in from another institution (调任).' },
    MILITARY_RESETTLEMENT: { description: 'Resettlement of demobilised military cadres (军转安置).' },
    SELECTION: { description: 'Selection of graduates or cadres (选调).' },
    OTHER: { description: 'Other (其他).' },
  },
});

registerEnumType(StaffingUseStatus, {
  name: 'StaffingUseStatus',
  description: 'Where an approval to use posts stands (核准状态).',
  valuesConfig: {
    OPEN: { description: 'Valid, with posts left (有效).' },
    USED_UP: { description: 'Every post approved has been filled (已用完).' },
    EXPIRED: { description: 'Past its validity with posts unused, which it no longer holds (已过期).' },
    WITHDRAWN: { description: 'Withdrawn; its unused posts are free again (已撤回).' },
  },
});
