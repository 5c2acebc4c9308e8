/** What a staffing cell counts: staff in a quota category against its headcount, or leaders in a tier against its positions. */
export enum StaffingDimension {
  CATEGORY = 'CATEGORY',
  TIER = 'TIER',
}
