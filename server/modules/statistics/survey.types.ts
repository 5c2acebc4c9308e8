import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Bureau } from '../bureau/bureau.entity';
import { EGovUnit } from '../unit/egov-unit.type';
import { IndicatorStatistics, RankCount } from './statistics.types';
import { listOf, registrySizes } from '../../common/list-cost';
import { InstitutionRank } from '../institution/institution-rank';

@ObjectType({ simpleResolvers: true, description: 'One row of the survey\'s Tables 1 and 2: a bureau and its indicators (五项指标建设情况).' })
export class IndicatorTableRow {
  @Field(() => Bureau, { description: 'The bureau of the row, usually a prefecture (市州).' })
  bureau!: Bureau;

  @Field(() => IndicatorStatistics, { description: 'Its indicators over the table\'s scope.' })
  statistics!: IndicatorStatistics;
}

@ObjectType({ simpleResolvers: true, description: "The survey's Table 1 (all bureaus of each prefecture) or Table 2 (the prefecture bureaus alone) (表一、表二)." })
export class IndicatorTable {
  @Field(() => [IndicatorTableRow], { description: 'One row per child of the bureau asked for, by code.', complexity: listOf(registrySizes.childrenPerBureau) })
  rows!: IndicatorTableRow[];

  @Field(() => IndicatorStatistics, { description: 'The rows added up (合计).' })
  total!: IndicatorStatistics;
}

@ObjectType({ simpleResolvers: true, description: "One row of the survey's Table 3: the e-government units of a prefecture and its counties (电子政务机构设置情况)." })
export class UnitTableRow {
  @Field(() => Bureau, { nullable: true, description: 'The bureau of the row; null on the total row.' })
  bureau!: Bureau | null;

  @Field(() => Int, { description: 'City and county bureaus (编办数).' })
  bureauCount!: number;

  @Field(() => Int, { description: 'Bureaus with an e-government unit (已设机构编办数).' })
  bureausWithUnit!: number;

  @Field(() => Float, { description: 'Share of bureaus with a unit, percent cut to two decimals (覆盖率).' })
  coverage!: number;

  @Field(() => [RankCount], { description: 'Units by rank, internal divisions included (机构规格).', complexity: listOf(Object.keys(InstitutionRank).length) })
  unitsByRank!: RankCount[];

  @Field(() => [EGovUnit], { description: 'The units, internal divisions included (机构名称).', complexity: listOf(registrySizes.unitsPerTableRow) })
  units!: EGovUnit[];

  @Field(() => Int, { description: 'Approved headcount, internal divisions left out as in the survey (编制数).' })
  approvedHeadcount!: number;

  @Field(() => Int, { description: 'Active staff, internal divisions left out as in the survey (现有人数).' })
  activeStaff!: number;
}

@ObjectType({ simpleResolvers: true, description: "The survey's Table 3 (表三)." })
export class UnitTable {
  @Field(() => [UnitTableRow], { description: 'One row per child of the bureau asked for, by code.', complexity: listOf(registrySizes.childrenPerBureau) })
  rows!: UnitTableRow[];

  @Field(() => UnitTableRow, { description: 'The rows added up (合计); its bureau is null.' })
  total!: UnitTableRow;
}

export enum IndicatorKind {
  INTRANET_SITE = 'INTRANET_SITE',
  EXTRANET_SITE = 'EXTRANET_SITE',
  LOCAL_AREA_NETWORK = 'LOCAL_AREA_NETWORK',
  PAPERLESS_OFFICE = 'PAPERLESS_OFFICE',
  DOCUMENT_EXCHANGE = 'DOCUMENT_EXCHANGE',
}

registerEnumType(IndicatorKind, {
  name: 'IndicatorKind',
  description: 'One of the five main indicators (五项主要指标).',
  valuesConfig: {
    INTRANET_SITE: { description: 'Intranet and intranet website (内网及网站).' },
    EXTRANET_SITE: { description: 'Extranet and extranet website (外网及网站).' },
    LOCAL_AREA_NETWORK: { description: 'Local area network (局域网).' },
    PAPERLESS_OFFICE: { description: 'Paperless office (无纸化办公).' },
    DOCUMENT_EXCHANGE: { description: 'Electronic document exchange (电子公文交换).' },
  },
});

@ObjectType({ simpleResolvers: true, description: "One indicator's share of all built items (Figure 1, 图一)." })
export class IndicatorShare {
  @Field(() => IndicatorKind, { description: 'The indicator.' })
  indicator!: IndicatorKind;

  @Field(() => Int, { description: 'Bureaus that have built it (建成数).' })
  built!: number;

  @Field(() => Float, { description: 'Its share of all built items, percent rounded to two decimals (占比).' })
  share!: number;
}

@ObjectType({ simpleResolvers: true, description: "The survey's Figure 1: how the built items divide among the five indicators (图一)." })
export class IndicatorShares {
  @Field(() => Int, { description: 'All built items: the five indicators\' built counts added up (建成项总数).' })
  totalBuilt!: number;

  @Field(() => [IndicatorShare], { description: 'The five indicators, the most built first.', complexity: listOf(registrySizes.indicators) })
  shares!: IndicatorShare[];
}
