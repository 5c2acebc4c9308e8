import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../common/scalars';
import { SortInput } from '../../common/sort-input';
import { FundingForm, InstitutionKind, InstitutionNature, InstitutionStatus } from './institution-enums';
import { InstitutionRank } from './institution-rank';

@InputType({ description: 'The establishment committee decision (编委批复) a change rests on.' })
export class DecisionInput {
  @Field(() => String, { description: 'Number of the approval document (批文号), e.g. 南编〔2015〕3号.' })
  documentNumber!: string;

  @Field(() => DateScalar, { description: 'Date of the decision (批复日期).' })
  decidedOn!: string;
}

@InputType({ description: 'The institution a change applies to, at the version last read.' })
export class InstitutionTargetInput extends DecisionInput {
  @Field(() => ID, { description: 'Institution to change.' })
  id!: string;

  @Field(() => Int, { description: 'Version of the institution as last read; a stale version is refused (CONFLICT).' })
  version!: number;
}

@InputType({ description: 'A new institution (设立机构), by a decision.' })
export class EstablishInstitutionInput extends DecisionInput {
  @Field(() => ID, { description: 'Bureau that manages its establishment (管理编办).' })
  bureauId!: string;

  @Field(() => String, { description: 'Full name (机构全称), at most 200 characters.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Standard short name (规范简称), at most 100 characters.' })
  shortName?: string | null;

  @Field(() => String, { nullable: true, description: 'Unified social credit code (统一社会信用代码), 18 characters, GB 32100.' })
  creditCode?: string | null;

  @Field(() => InstitutionKind, { description: 'System and kind (机构类别).' })
  kind!: InstitutionKind;

  @Field(() => InstitutionNature, { description: 'Nature (机构性质); organs are administrative.' })
  nature!: InstitutionNature;

  @Field(() => InstitutionRank, { description: 'Rank (机构规格).' })
  rank!: InstitutionRank;

  @Field(() => FundingForm, { nullable: true, description: 'Funding form (经费形式); required for public institutions, refused for others.' })
  funding?: FundingForm | null;

  @Field(() => ID, { nullable: true, description: 'Supervising institution (主管部门), of the same bureau; none for a top-level institution.' })
  supervisingInstitutionId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Whether it is its bureau's e-government body (电子政务机构); false by default." })
  isEgovBody?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Main functions (主要职责).' })
  duties?: string | null;
}

@InputType({ description: 'Corrections of an institution\'s registered facts that need no decision (登记信息更正); fields left out stay as they are.' })
export class UpdateInstitutionInput {
  @Field(() => ID, { description: 'Institution to correct.' })
  id!: string;

  @Field(() => Int, { description: 'Version of the institution as last read; a stale version is refused (CONFLICT).' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Standard short name (规范简称); null clears it.' })
  shortName?: string | null;

  @Field(() => String, { nullable: true, description: 'Unified social credit code (统一社会信用代码); null clears it.' })
  creditCode?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date established (成立日期); null clears it.' })
  establishedOn?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Whether it is its bureau's e-government body (电子政务机构)." })
  isEgovBody?: boolean;
}

@InputType({ description: 'A new name (更名).' })
export class RenameInstitutionInput extends InstitutionTargetInput {
  @Field(() => String, { description: 'New full name (机构全称).' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'New standard short name (规范简称); left out, it stays.' })
  shortName?: string | null;
}

@InputType({ description: 'A new rank (调整规格).' })
export class ChangeInstitutionRankInput extends InstitutionTargetInput {
  @Field(() => InstitutionRank, { description: 'New rank (机构规格).' })
  rank!: InstitutionRank;
}

@InputType({ description: 'A new nature, and with it a kind or funding form (调整机构性质); fields left out stay as they are.' })
export class ChangeInstitutionNatureInput extends InstitutionTargetInput {
  @Field(() => InstitutionNature, { description: 'New nature (机构性质).' })
  nature!: InstitutionNature;

  @Field(() => InstitutionKind, { nullable: true, description: 'New kind (机构类别), e.g. a public institution becoming an organ.' })
  kind?: InstitutionKind;

  @Field(() => FundingForm, { nullable: true, description: 'New funding form (经费形式); null for an institution that is no longer a public institution.' })
  funding?: FundingForm | null;
}

@InputType({ description: 'A move under another supervising institution (划转), or to the top of its bureau.' })
export class MoveInstitutionInput extends InstitutionTargetInput {
  @Field(() => ID, { nullable: true, description: 'New supervising institution (主管部门), of the same bureau; null for none.' })
  supervisingInstitutionId!: string | null;
}

@InputType({ description: 'A merger (合并): the institution ends, its active staff and current quotas move to the surviving one.' })
export class MergeInstitutionInput extends InstitutionTargetInput {
  @Field(() => ID, { description: 'The surviving institution (存续机构).' })
  intoInstitutionId!: string;
}

@InputType({ description: 'An abolition (撤销): only without active staff, or with their transfer in the same change.' })
export class AbolishInstitutionInput extends InstitutionTargetInput {
  @Field(() => ID, { nullable: true, description: 'Institution the active staff transfer to (人员划转去向); required while any remain.' })
  transferStaffToInstitutionId?: string | null;
}

@InputType({ description: 'Which institutions to list (机构筛选条件); all conditions must hold.' })
export class InstitutionFilter {
  @Field(() => ID, { nullable: true, description: 'Institutions of this bureau and of every bureau under it (所辖范围).' })
  underBureauId?: string;

  @Field(() => ID, { nullable: true, description: 'Institutions of this bureau only (管理编办).' })
  bureauId?: string;

  @Field(() => InstitutionKind, { nullable: true, description: 'Kind (机构类别).' })
  kind?: InstitutionKind;

  @Field(() => InstitutionNature, { nullable: true, description: 'Nature (机构性质).' })
  nature?: InstitutionNature;

  @Field(() => InstitutionRank, { nullable: true, description: 'Rank (机构规格).' })
  rank?: InstitutionRank;

  @Field(() => ID, { nullable: true, description: 'Institutions directly under this supervising institution (主管部门).' })
  supervisingInstitutionId?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: only institutions without a supervising institution (一级机构); false: only those with one.' })
  topLevel?: boolean;

  @Field(() => String, { nullable: true, description: 'Part of the full or short name (名称包含).' })
  nameContains?: string;

  @Field(() => String, { nullable: true, description: 'Unified social credit code, exactly (统一社会信用代码).' })
  creditCode?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: only institutions over their headcount in some category or over their positions in some tier (超编或超职数); false: only the others.' })
  overStaffed?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'true: only institutions with a post free for a new approval to use posts in some quota category (有空编), after their active staff and open approvals; false: only the others.' })
  hasVacancy?: boolean;

  @Field(() => Boolean, { nullable: true, description: "true: only bureaus' e-government bodies (电子政务机构)." })
  isEgovBody?: boolean;

  @Field(() => [InstitutionStatus], { nullable: true, description: 'Statuses to include (机构状态); left out, existing (ACTIVE) institutions only.' })
  statuses?: InstitutionStatus[];
}

export const InstitutionSort = SortInput(
  'Institution',
  { NAME: 'name', KIND: 'kind', RANK: 'rank', CREDIT_CODE: 'creditCode', ESTABLISHED_ON: 'establishedOn', UPDATED_AT: 'updatedAt' },
  { NAME: 'Full name.', KIND: 'Kind.', RANK: 'Rank.', CREDIT_CODE: 'Credit code.', ESTABLISHED_ON: 'Date established.', UPDATED_AT: 'Time of the last change.' },
  'name',
);
