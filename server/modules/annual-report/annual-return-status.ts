import { registerEnumType } from 'type-graphql';

/** Where a bureau's return stands in the year's flow. */
export enum AnnualReturnStatus {
  DRAFT = 'DRAFT',
}

registerEnumType(AnnualReturnStatus, {
  name: 'AnnualReturnStatus',
  description: "Where a bureau's annual return stands (报表状态).",
  valuesConfig: { DRAFT: { description: 'Frozen and refreshable, not yet submitted (未报).' } },
});
