import { Field, ID, InputType, Int } from 'type-graphql';
import { SortInput } from '../../common/sort-input';
import { DateScalar } from '../../common/scalars';
import { BureauLevel } from './bureau-level';

@InputType({ description: 'A new bureau (新建编办).' })
export class CreateBureauInput {
  @Field(() => String, { description: '6-digit administrative division code (行政区划代码); unique.' })
  code!: string;

  @Field(() => String, { description: 'Chinese name of the bureau (编办名称).' })
  name!: string;

  @Field(() => String, { description: 'Name of the administrative division (行政区划名称).' })
  divisionName!: string;

  @Field(() => BureauLevel, { description: 'Level (级别): PREFECTURE under a PROVINCE, COUNTY under a PREFECTURE.' })
  level!: BureauLevel;

  @Field(() => ID, { nullable: true, description: 'Parent bureau (上级编办); none for a province.' })
  parentId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date connected to the party-government intranet (党政内网开通日期); null if not connected.' })
  partyIntranetConnectedOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date the local area network was built (局域网建成日期); null if not built.' })
  localAreaNetworkBuiltOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date the paperless office was built (无纸化办公建成日期); null if not built.' })
  paperlessOfficeBuiltOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date electronic document exchange was built (电子公文交换建成日期); null if not built.' })
  documentExchangeBuiltOn?: string | null;
}

@InputType({ description: 'Changes to a bureau (修改编办); fields left out stay as they are, null clears a date.' })
export class UpdateBureauInput {
  @Field(() => ID, { description: 'Bureau to change.' })
  id!: string;

  @Field(() => Int, { description: 'Version of the bureau as last read; a stale version is refused (CONFLICT).' })
  version!: number;

  @Field(() => String, { nullable: true, description: '6-digit administrative division code (行政区划代码).' })
  code?: string;

  @Field(() => String, { nullable: true, description: 'Chinese name of the bureau (编办名称).' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'Name of the administrative division (行政区划名称).' })
  divisionName?: string;

  @Field(() => BureauLevel, { nullable: true, description: 'Level (级别).' })
  level?: BureauLevel;

  @Field(() => ID, { nullable: true, description: 'New parent bureau (上级编办): moves the bureau and its whole subtree.' })
  parentId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date connected to the party-government intranet (党政内网开通日期).' })
  partyIntranetConnectedOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date the local area network was built (局域网建成日期).' })
  localAreaNetworkBuiltOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date the paperless office was built (无纸化办公建成日期).' })
  paperlessOfficeBuiltOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date electronic document exchange was built (电子公文交换建成日期).' })
  documentExchangeBuiltOn?: string | null;
}

@InputType({ description: 'Which bureaus to list (编办筛选条件); all conditions must hold.' })
export class BureauFilter {
  @Field(() => String, { nullable: true, description: 'Exact division code (行政区划代码).' })
  code?: string;

  @Field(() => String, { nullable: true, description: 'Part of the bureau or division name (名称包含).' })
  nameContains?: string;

  @Field(() => BureauLevel, { nullable: true, description: 'Level (级别).' })
  level?: BureauLevel;

  @Field(() => ID, { nullable: true, description: 'Direct parent (上级编办).' })
  parentId?: string;

  @Field(() => ID, { nullable: true, description: 'This bureau and its whole subtree (所辖范围, the bureau itself included).' })
  underBureauId?: string;

  @Field(() => Boolean, { nullable: true, description: 'Connected to the party-government intranet or not (党政内网).' })
  partyIntranetConnected?: boolean;
}

export const BureauSort = SortInput(
  'Bureau',
  { CODE: 'code', NAME: 'name', LEVEL: 'level', PATH: 'path', UPDATED_AT: 'updatedAt' },
  {
    CODE: 'Division code.',
    NAME: 'Bureau name.',
    LEVEL: 'Level.',
    PATH: 'Tree order: each bureau followed by its subtree.',
    UPDATED_AT: 'Time of the last change.',
  },
  'code',
);
