import { registerEnumType } from 'type-graphql';

/** Where a bureau's return stands in the year's flow: made, submitted up, sent back, or accepted above. */
export enum AnnualReturnStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  ACCEPTED = 'ACCEPTED',
}

registerEnumType(AnnualReturnStatus, {
  name: 'AnnualReturnStatus',
  description: "Where a bureau's annual return stands (报表状态).",
  valuesConfig: {
    DRAFT: { description: 'Made, refreshable, not yet submitted (未报).' },
    SUBMITTED: { description: 'Submitted to the bureau above, awaiting its decision (已报).' },
    RETURNED: { description: 'Sent back by the bureau above with a reason, to be made again and resubmitted (退回).' },
    ACCEPTED: { description: 'Accepted by the bureau above, or by the province for its own (已审核).' },
  },
});
