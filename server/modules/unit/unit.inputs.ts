import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../common/scalars';
import { SortInput } from '../../common/sort-input';
import { InstitutionRank } from '../institution/institution-rank';

@InputType({ description: 'A new e-government unit (新建电子政务机构).' })
export class CreateEGovUnitInput {
  @Field(() => ID, { description: 'Bureau the unit belongs to (所属编办).' })
  bureauId!: string;

  @Field(() => String, { description: 'Name of the unit (机构名称).' })
  name!: string;

  @Field(() => InstitutionRank, { description: 'Rank of the unit (机构规格).' })
  rank!: InstitutionRank;

  @Field(() => DateScalar, { nullable: true, description: 'Date established (成立日期).' })
  establishedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Duties (主要职责).' })
  duties?: string | null;
}

@InputType({ description: 'Changes to an e-government unit (修改电子政务机构); fields left out stay as they are.' })
export class UpdateEGovUnitInput {
  @Field(() => ID, { description: 'Unit to change.' })
  id!: string;

  @Field(() => Int, { description: 'Version of the unit as last read; a stale version is refused (CONFLICT).' })
  version!: number;

  @Field(() => ID, { nullable: true, description: 'Bureau the unit belongs to (所属编办).' })
  bureauId?: string;

  @Field(() => String, { nullable: true, description: 'Name of the unit (机构名称).' })
  name?: string;

  @Field(() => InstitutionRank, { nullable: true, description: 'Rank of the unit (机构规格).' })
  rank?: InstitutionRank;

  @Field(() => DateScalar, { nullable: true, description: 'Date established (成立日期); null clears it.' })
  establishedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Duties (主要职责).' })
  duties?: string;
}

@InputType({ description: 'Which e-government units to list (机构筛选条件); all conditions must hold.' })
export class EGovUnitFilter {
  @Field(() => ID, { nullable: true, description: 'Units of this bureau only (所属编办).' })
  bureauId?: string;

  @Field(() => ID, { nullable: true, description: 'Units of this bureau and of every bureau under it (所辖范围).' })
  underBureauId?: string;

  @Field(() => InstitutionRank, { nullable: true, description: 'Rank (机构规格).' })
  rank?: InstitutionRank;

  @Field(() => String, { nullable: true, description: 'Part of the name (名称包含).' })
  nameContains?: string;
}

export const EGovUnitSort = SortInput(
  'EGovUnit',
  { NAME: 'name', RANK: 'rank', ESTABLISHED_ON: 'establishedOn', UPDATED_AT: 'updatedAt' },
  { NAME: 'Name.', RANK: 'Rank.', ESTABLISHED_ON: 'Date established.', UPDATED_AT: 'Time of the last change.' },
  'name',
);
