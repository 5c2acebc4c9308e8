import { registerEnumType } from 'type-graphql';

/** What happened to a bureau's return that the bureau above is told of. */
export enum AnnualReturnEventType {
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  ACCEPTED = 'ACCEPTED',
  OVERDUE = 'OVERDUE',
}

registerEnumType(AnnualReturnEventType, {
  name: 'AnnualReturnEventType',
  description: "What happened to a bureau's annual return (年报事件).",
  valuesConfig: {
    SUBMITTED: { description: 'Submitted to the bureau above (报送); `late` if after the due date, with its reason.' },
    RETURNED: { description: 'Sent back by the bureau above (退回), with its reason.' },
    ACCEPTED: { description: 'Accepted by the bureau above (审核通过).' },
    OVERDUE: { description: 'The due date passed with the return neither submitted nor accepted (逾期未报); told once a year per bureau.' },
  },
});
