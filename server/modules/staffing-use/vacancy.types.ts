import { Field, Int, ObjectType } from 'type-graphql';
import { LeadershipTier } from '../establishment/leadership-tier';
import { QuotaCategory } from '../quota/quota-category';

@ObjectType({ simpleResolvers: true, description: "Vacancies in a quota category or a leadership tier (空编情况) of an institution, or summed over a bureau's institutions, as the view `staffing_vacancy` states them." })
export class InstitutionVacancy {
  @Field(() => QuotaCategory, { nullable: true, description: 'Quota category (编制类别); null for a tier.' })
  category!: QuotaCategory | null;

  @Field(() => LeadershipTier, { nullable: true, description: 'Leadership tier (领导职数层级); null for a category.' })
  tier!: LeadershipTier | null;

  @Field(() => Int, { description: 'Approved headcount or positions (核定数).' })
  approved!: number;

  @Field(() => Int, { description: 'Active staff or holders (实有数).' })
  active!: number;

  @Field(() => Int, { description: 'Posts held by open approvals to use posts, not yet filled (已核准未使用).' })
  reserved!: number;

  @Field(() => Int, { description: 'Posts free for a new approval (可用空编): approved minus active minus reserved, never below zero.' })
  free!: number;
}

/** A row of the view `staffing_vacancy`, or a sum of its rows. */
export interface VacancyRow {
  dimension: string;
  key: string;
  approved: number;
  active: number;
  reserved: number;
  free: number;
}

export function vacancyOf(row: VacancyRow): InstitutionVacancy {
  return {
    category: row.dimension === 'CATEGORY' ? (row.key as QuotaCategory) : null,
    tier: row.dimension === 'TIER' ? (row.key as LeadershipTier) : null,
    approved: row.approved,
    active: row.active,
    reserved: row.reserved,
    free: row.free,
  };
}
