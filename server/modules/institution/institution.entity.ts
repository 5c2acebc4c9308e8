import { type Opt, Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../common/record';
import { DateScalar } from '../../common/scalars';
import { Bureau } from '../bureau/bureau.entity';
import { PlacedBy } from '../access/placement';
import { FundingForm, InstitutionKind, InstitutionNature, InstitutionStatus } from './institution-enums';
import { InstitutionRank } from './institution-rank';

@ObjectType({
  simpleResolvers: true,
  description:
    'An institution (机构): an organ or public institution whose establishment a bureau manages, with its facts; quotas, staff, its 三定 and alerts hang on it. A bureau\'s e-government unit (电子政务机构) is one of them.',
})
@Entity({ tableName: 'institution' })
@Index({
  name: 'institution_credit_code_unique',
  expression: 'create unique index "institution_credit_code_unique" on "institution" ("credit_code") where "credit_code" is not null',
})
@Index({
  name: 'institution_egov_body_index',
  expression: 'create index "institution_egov_body_index" on "institution" ("bureau_id") where "is_egov_body"',
})
export class Institution extends VersionedRecord {
  @PlacedBy({ called: 'institution' })
  @ManyToOne(() => Bureau, { ref: true, deleteRule: 'restrict', index: 'institution_bureau_id_index' })
  bureau!: Ref<Bureau>;

  @Field(() => String, { description: 'Full name (机构全称), e.g. 中共南明区委组织部.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Standard short name (规范简称), e.g. 区委组织部.' })
  @Property({ type: 'string', length: 100, nullable: true })
  shortName: string | null = null;

  @Field(() => String, { nullable: true, description: 'Unified social credit code (统一社会信用代码), 18 characters, GB 32100.' })
  @Property({ type: 'string', length: 18, nullable: true })
  creditCode: string | null = null;

  @Field(() => InstitutionKind, { description: 'System and kind (机构类别).' })
  @Enum({ items: () => InstitutionKind, type: 'string', index: 'institution_kind_index' })
  kind!: InstitutionKind;

  @Field(() => InstitutionNature, { description: 'Nature (机构性质).' })
  @Enum({ items: () => InstitutionNature, type: 'string' })
  nature!: InstitutionNature;

  @Field(() => InstitutionRank, { description: 'Rank (机构规格).' })
  @Enum({ items: () => InstitutionRank, type: 'string' })
  rank!: InstitutionRank;

  @Field(() => FundingForm, { nullable: true, description: 'Funding form (经费形式); public institutions only.' })
  @Enum({ items: () => FundingForm, type: 'string', nullable: true })
  funding: FundingForm | null = null;

  @ManyToOne(() => Institution, { ref: true, nullable: true, deleteRule: 'restrict', index: 'institution_supervising_institution_id_index' })
  supervisingInstitution: Ref<Institution> | null = null;

  @Field(() => Boolean, { description: "Whether this is its bureau's e-government body (电子政务机构), counted by the survey." })
  @Property({ type: 'boolean', default: false })
  isEgovBody: boolean & Opt = false;

  @Field(() => DateScalar, { nullable: true, description: 'Date established (成立日期).' })
  @Property({ type: 'date', nullable: true })
  establishedOn: string | null = null;

  @Field(() => String, { description: 'Main functions as currently approved (主要职责).' })
  @Property({ type: 'text', default: '' })
  duties: string & Opt = '';

  @Field(() => InstitutionStatus, { description: 'Whether the institution still exists (机构状态).' })
  @Enum({ items: () => InstitutionStatus, type: 'string', default: InstitutionStatus.ACTIVE })
  status: InstitutionStatus & Opt = InstitutionStatus.ACTIVE;

  @Field(() => DateScalar, { nullable: true, description: 'Date the institution was merged or abolished (撤并日期); null while it exists.' })
  @Property({ type: 'date', nullable: true })
  endedOn: string | null = null;

  @ManyToOne(() => Institution, { ref: true, nullable: true, deleteRule: 'restrict', index: 'institution_merged_into_id_index' })
  mergedInto: Ref<Institution> | null = null;
}
