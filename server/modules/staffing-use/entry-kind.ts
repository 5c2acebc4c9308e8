import { registerEnumType } from 'type-graphql';

export enum StaffEntryKind {
  APPROVAL = 'APPROVAL',
  TRANSFER = 'TRANSFER',
  RECORDED = 'RECORDED',
}

registerEnumType(StaffEntryKind, {
  name: 'StaffEntryKind',
  description: 'How a person came into a post (入编方式).',
  valuesConfig: {
    APPROVAL: { description: 'Entry against an approval to use posts (核准入编).' },
    TRANSFER: { description: 'Transfer in from another institution, against the receiving side\'s approval (调入).' },
    RECORDED: { description: 'Recorded as history of the existing register, without an approval in this registry (存量登记), e.g. by the survey\'s import.' },
  },
});
