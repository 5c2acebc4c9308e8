import { Field, Int, ObjectType } from 'type-graphql';
import { QuotaCategory } from '../quota/quota-category';
import { LeadershipTier } from './leadership-tier';

// Figures and flags come as the view `staffing_cell_status` states them: the staffing rule is written there only.

@ObjectType({ simpleResolvers: true, description: "An institution's quota and active staff in one quota category, with its over-staffing state (编制使用情况)." })
export class InstitutionCategoryStaffing {
  @Field(() => QuotaCategory, { description: 'Quota category (编制类别).' })
  category!: QuotaCategory;

  @Field(() => Int, { description: 'Approved headcount of the current quota (核定编制数); 0 without one.' })
  approvedHeadcount!: number;

  @Field(() => Int, { description: 'Active staff (在职实有人数).' })
  activeStaff!: number;

  @Field(() => Int, { description: 'Vacancies (空编数): the approved headcount not filled.' })
  vacancies!: number;

  @Field(() => Boolean, { description: 'Active staff exceed the approved headcount (超编); a category with no quota has a headcount of zero.' })
  overStaffed!: boolean;

  @Field(() => Int, { description: 'Active staff above the approved headcount (超编人数).' })
  excess!: number;
}

@ObjectType({ simpleResolvers: true, description: "An institution's leadership positions in one tier against their active holders (领导职数使用情况)." })
export class InstitutionTierStaffing {
  @Field(() => LeadershipTier, { description: 'Leadership tier (领导职数层级).' })
  tier!: LeadershipTier;

  @Field(() => Int, { description: 'Positions approved by the current 三定 (核定职数); 0 without one.' })
  approvedPositions!: number;

  @Field(() => Int, { description: 'Active staff holding the tier (实配人数).' })
  holders!: number;

  @Field(() => Int, { description: 'Positions not filled (空缺职数).' })
  vacantPositions!: number;

  @Field(() => Boolean, { description: 'Holders exceed the approved positions (超职数).' })
  overPositions!: boolean;

  @Field(() => Int, { description: 'Holders above the approved positions (超职数人数).' })
  excess!: number;
}

/** An institution's cells, read together, with what its fields derive from them. */
export interface InstitutionStaffing {
  categories: InstitutionCategoryStaffing[];
  /** Principal, deputy, internal bodies' heads: in that order. */
  tiers: InstitutionTierStaffing[];
  /** Active staff in all categories. */
  activeStaff: number;
  /** Over in some category or tier (the view's `over`). */
  over: boolean;
}
