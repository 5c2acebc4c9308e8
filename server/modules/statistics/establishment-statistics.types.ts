import { Field, Int, ObjectType } from 'type-graphql';
import { listOf } from '../../common/list-cost';
import { Bureau } from '../bureau/bureau.entity';
import { LeadershipTier } from '../establishment/leadership-tier';
import { FundingForm, InstitutionKind, InstitutionNature } from '../institution/institution-enums';
import { InstitutionRank } from '../institution/institution-rank';
import { QuotaCategory } from '../quota/quota-category';
import { StatisticsScope } from './statistics.types';

@ObjectType({ simpleResolvers: true, description: 'Number of existing institutions of one kind (按机构类别统计).' })
export class KindCount {
  @Field(() => InstitutionKind, { description: 'Kind (机构类别).' })
  kind!: InstitutionKind;

  @Field(() => Int, { description: 'Number of institutions (机构数).' })
  institutions!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Number of existing institutions of one nature (按机构性质统计).' })
export class NatureCount {
  @Field(() => InstitutionNature, { description: 'Nature (机构性质).' })
  nature!: InstitutionNature;

  @Field(() => Int, { description: 'Number of institutions (机构数).' })
  institutions!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Number of existing institutions of one rank, all kinds (按机构规格统计).' })
export class InstitutionRankCount {
  @Field(() => InstitutionRank, { description: 'Rank (机构规格).' })
  rank!: InstitutionRank;

  @Field(() => Int, { description: 'Number of institutions (机构数).' })
  institutions!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Number of existing public institutions of one funding form (事业单位按经费形式统计).' })
export class FundingCount {
  @Field(() => FundingForm, { description: 'Funding form (经费形式).' })
  funding!: FundingForm;

  @Field(() => Int, { description: 'Number of public institutions (事业单位数).' })
  institutions!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Quota and staff of one quota category, summed over existing institutions (按编制类别统计).' })
export class EstablishmentCategoryFigures {
  @Field(() => QuotaCategory, { description: 'Quota category (编制类别).' })
  category!: QuotaCategory;

  @Field(() => Int, { description: 'Approved headcount of the current quotas (核定编制数).' })
  approvedHeadcount!: number;

  @Field(() => Int, { description: 'Active staff (实有人数).' })
  activeStaff!: number;

  @Field(() => Int, { description: 'Vacancies (空编数): the approved headcount not filled, summed institution by institution; an over-staffed one adds none.' })
  vacancies!: number;

  @Field(() => Int, { description: 'Staff beyond the approved headcount (超编人数), summed institution by institution.' })
  excess!: number;

  @Field(() => Int, { description: 'Institutions whose active staff exceed their approved headcount in this category (超编机构数).' })
  overStaffedInstitutions!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Leadership positions of one tier, summed over the current 三定 of existing institutions (按领导职数层级统计).' })
export class EstablishmentTierFigures {
  @Field(() => LeadershipTier, { description: 'Leadership tier (领导职数层级).' })
  tier!: LeadershipTier;

  @Field(() => Int, { description: 'Approved leadership positions (核定领导职数).' })
  approvedPositions!: number;

  @Field(() => Int, { description: 'Active staff holding this tier (实配领导人数).' })
  holders!: number;

  @Field(() => Int, { description: 'Positions not filled (空缺职数), summed institution by institution; an over one adds none.' })
  vacantPositions!: number;

  @Field(() => Int, { description: 'Holders beyond the approved positions (超职数人数), summed institution by institution.' })
  excess!: number;

  @Field(() => Int, { description: 'Institutions whose holders exceed their approved positions in this tier (超职数机构数).' })
  overInstitutions!: number;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'Statistics of the whole establishment (各级各类机构编制数据统计): every existing institution of every kind in a scope, not only e-government units; merged and abolished ones are left out. Lists hold only the values with a count, in the order of their enum.',
})
export class EstablishmentStatistics {
  @Field(() => Int, { description: 'Number of existing institutions (机构数).' })
  institutions!: number;

  @Field(() => [KindCount], { description: 'Institutions by kind (按机构类别).', complexity: listOf(Object.keys(InstitutionKind).length) })
  byKind!: KindCount[];

  @Field(() => [NatureCount], { description: 'Institutions by nature (按机构性质).', complexity: listOf(Object.keys(InstitutionNature).length) })
  byNature!: NatureCount[];

  @Field(() => [InstitutionRankCount], { description: 'Institutions by rank (按机构规格).', complexity: listOf(Object.keys(InstitutionRank).length) })
  byRank!: InstitutionRankCount[];

  @Field(() => [FundingCount], { description: 'Public institutions by funding form (事业单位按经费形式).', complexity: listOf(Object.keys(FundingForm).length) })
  byFunding!: FundingCount[];

  @Field(() => [EstablishmentCategoryFigures], {
    description: 'Quota and staff by quota category (按编制类别), the categories in use: an approved quota or active staff.',
    complexity: listOf(Object.keys(QuotaCategory).length),
  })
  byCategory!: EstablishmentCategoryFigures[];

  @Field(() => [EstablishmentTierFigures], {
    description: 'Leadership positions and holders by tier (按领导职数层级), the tiers in use: a current 三定 or active holders.',
    complexity: listOf(Object.keys(LeadershipTier).length),
  })
  byTier!: EstablishmentTierFigures[];

  @Field(() => Int, { description: 'Approved headcount, all categories (核定编制数).' })
  approvedHeadcount!: number;

  @Field(() => Int, { description: 'Active staff, all categories (实有人数).' })
  activeStaff!: number;

  @Field(() => Int, { description: 'Vacancies, all categories (空编数).' })
  vacancies!: number;

  @Field(() => Int, { description: 'Staff beyond the approved headcount, all categories (超编人数).' })
  excess!: number;

  @Field(() => Int, { description: 'Approved leadership positions of the current 三定s, all tiers (核定领导职数).' })
  approvedPositions!: number;

  @Field(() => Int, { description: 'Active staff holding a leadership tier (实配领导人数).' })
  leaders!: number;

  @Field(() => Int, { description: 'Institutions over their approved headcount in some category (超编机构数).' })
  overStaffedInstitutions!: number;

  @Field(() => Int, { description: 'Institutions over their approved positions in some tier (超职数机构数).' })
  overPositionsInstitutions!: number;

  @Field(() => Int, { description: 'Institutions over in some category or some tier (超编或超职数机构数).' })
  overInstitutions!: number;
}

@ObjectType({ simpleResolvers: true, description: "One row of a bureau's establishment table (机构编制统计表): a child bureau's whole subtree, or the bureau's own institutions." })
export class EstablishmentTableRow {
  @Field(() => Bureau, { description: 'The bureau of the row (编办).' })
  bureau!: Bureau;

  @Field(() => StatisticsScope, { description: "SUBTREE for a child bureau's row (本级及所辖); SELF for the row of the table's own bureau (本级)." })
  scope!: StatisticsScope;

  @Field(() => EstablishmentStatistics, { description: 'The figures of the row (统计数据).' })
  statistics!: EstablishmentStatistics;
}
