import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { QuotaCategory } from '../quota/quota-category';
import { InstitutionRank } from '../institution/institution-rank';
import { listOf } from '../../common/list-cost';

export enum StatisticsScope {
  SELF = 'SELF',
  SUBTREE = 'SUBTREE',
  DESCENDANTS = 'DESCENDANTS',
}

registerEnumType(StatisticsScope, {
  name: 'StatisticsScope',
  description: 'Which bureaus a statistic covers (统计范围).',
  valuesConfig: {
    SELF: { description: 'The bureau alone (本级).' },
    SUBTREE: { description: 'The bureau and every bureau under it (本级及所辖).' },
    DESCENDANTS: { description: 'Every bureau under the bureau, not the bureau itself (所辖).' },
  },
});

/** Coverage as the survey prints it: a percentage cut (not rounded) to two decimals, e.g. 4 of 17 → 23.52. */
export function coveragePercent(built: number, total: number): number {
  return total === 0 ? 0 : Math.floor((built * 10000) / total) / 100;
}

@ObjectType({ simpleResolvers: true, description: 'How many bureaus have something, out of how many (覆盖情况).' })
export class Coverage {
  @Field(() => Int, { description: 'Number of bureaus that have it (建成数).' })
  built!: number;

  @Field(() => Int, { description: 'Number of bureaus counted (编办数).' })
  total!: number;

  @Field(() => Float, { description: 'built / total as a percentage cut to two decimals, as the survey prints it (覆盖率, e.g. 83.67).' })
  coverage!: number;
}

export function coverage(built: number, total: number): Coverage {
  return { built, total, coverage: coveragePercent(built, total) };
}

@ObjectType({
  simpleResolvers: true,
  description: "The survey's indicators counted over city and county bureaus (市县两级编办) in a scope; a province bureau is never counted, as in the survey's 98.",
})
export class IndicatorStatistics {
  @Field(() => Int, { description: 'Number of city and county bureaus in the scope (编办数).' })
  bureauCount!: number;

  @Field(() => Coverage, { description: 'Bureaus with an intranet website (内网及网站).' })
  intranetSite!: Coverage;

  @Field(() => Coverage, { description: 'Bureaus with an extranet website (外网及网站).' })
  extranetSite!: Coverage;

  @Field(() => Coverage, { description: 'Bureaus with a local area network (局域网).' })
  localAreaNetwork!: Coverage;

  @Field(() => Coverage, { description: 'Bureaus with a paperless office (无纸化办公).' })
  paperlessOffice!: Coverage;

  @Field(() => Coverage, { description: 'Bureaus with electronic document exchange (电子公文交换).' })
  documentExchange!: Coverage;

  @Field(() => Coverage, { description: 'Bureaus connected to the party-government intranet (党政内网连通).' })
  partyIntranet!: Coverage;

  @Field(() => Coverage, { description: 'Bureaus with an e-government unit (已设电子政务机构).' })
  withUnit!: Coverage;
}

@ObjectType({ simpleResolvers: true, description: 'Number of units of one rank (按机构规格统计).' })
export class RankCount {
  @Field(() => InstitutionRank, { description: 'Rank (机构规格).' })
  rank!: InstitutionRank;

  @Field(() => Int, { description: 'Number of units (机构数).' })
  units!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Quota and staff in one quota category, summed over institutions (按编制类别统计).' })
export class CategoryStaffing {
  @Field(() => QuotaCategory, { description: 'Quota category (编制类别).' })
  category!: QuotaCategory;

  @Field(() => Int, { description: 'Approved headcount of the current quotas (核定编制数).' })
  approvedHeadcount!: number;

  @Field(() => Int, { description: 'Active staff (在职实有人数).' })
  activeStaff!: number;

  @Field(() => Int, { description: 'Vacancies (空编数): the approved headcount not filled, summed institution by institution; an over-staffed one adds none.' })
  vacancies!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Units, quotas and staff of the e-government units in a scope (机构编制统计).' })
export class StaffingStatistics {
  @Field(() => Int, { description: 'Number of units (机构数).' })
  units!: number;

  @Field(() => [RankCount], { description: 'Units by rank (按机构规格).', complexity: listOf(Object.keys(InstitutionRank).length) })
  unitsByRank!: RankCount[];

  @Field(() => [CategoryStaffing], { description: 'Quota and staff by quota category (按编制类别).', complexity: listOf(Object.keys(QuotaCategory).length) })
  byCategory!: CategoryStaffing[];

  @Field(() => Int, { description: 'Approved headcount, all categories (核定编制数).' })
  approvedHeadcount!: number;

  @Field(() => Int, { description: 'Approved leadership positions of the current 三定s, all tiers (核定领导职数).' })
  approvedLeadershipPositions!: number;

  @Field(() => Int, { description: 'Active staff, all categories (在职实有人数).' })
  activeStaff!: number;

  @Field(() => Int, { description: 'Active staff holding a leadership tier (实配领导人数).' })
  activeLeaders!: number;

  @Field(() => Int, { description: 'Vacancies, all categories (空编数).' })
  vacancies!: number;

  @Field(() => Int, { description: 'Units whose active staff exceed the approved headcount in some category (超编机构数).' })
  unitsOverQuota!: number;

  @Field(() => Int, { description: 'Units whose active leaders exceed the approved leadership positions in some tier (超职数机构数).' })
  unitsOverPositions!: number;
}
