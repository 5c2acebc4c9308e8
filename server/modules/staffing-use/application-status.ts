import { registerEnumType } from 'type-graphql';

export enum StaffingUseApplicationStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(StaffingUseApplicationStatus, {
  name: 'StaffingUseApplicationStatus',
  description: 'Where an application to use posts stands (申请状态).',
  valuesConfig: {
    PENDING: { description: 'Awaiting the office\'s decision (待审核).' },
    APPROVED: { description: 'Approved by a numbered notice (已核准): see its approval.' },
    REJECTED: { description: 'Refused by the office, with its reason (不予核准).' },
    WITHDRAWN: { description: 'Withdrawn by the applicant before a decision (已撤回).' },
  },
});
