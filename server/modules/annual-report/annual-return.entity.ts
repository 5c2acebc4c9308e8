import { Entity, Enum, ManyToOne, type Opt, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../common/record';
import { DateTimeScalar } from '../../common/scalars';
import { PlacedBy } from '../access/placement';
import { Bureau } from '../bureau/bureau.entity';
import { AnnualReturnStatus } from './annual-return-status';
import type { FrozenFigures } from './frozen-figures';
import { ReportingPeriod } from './reporting-period.entity';

@ObjectType({
  simpleResolvers: true,
  description:
    "A bureau's annual return (机构编制统计年报) for one year: the establishment of its whole jurisdiction frozen when the return was made, laid out as the report's tables. Later edits to the registry leave it as it is until it is refreshed.",
})
@Entity({ tableName: 'annual_return' })
@Unique({ name: 'annual_return_period_bureau_unique', properties: ['period', 'bureau'] })
export class AnnualReturn extends VersionedRecord {
  @ManyToOne(() => ReportingPeriod, { ref: true, deleteRule: 'restrict', index: 'annual_return_period_id_index' })
  period!: Ref<ReportingPeriod>;

  @PlacedBy({ called: 'annual return' })
  @ManyToOne(() => Bureau, { ref: true, deleteRule: 'restrict', index: 'annual_return_bureau_id_index' })
  bureau!: Ref<Bureau>;

  @Field(() => AnnualReturnStatus, { description: 'Where the return stands (报表状态).' })
  @Enum({ items: () => AnnualReturnStatus, type: 'string' })
  status: AnnualReturnStatus & Opt = AnnualReturnStatus.DRAFT;

  @Field(() => DateTimeScalar, { description: 'When the figures were last frozen from the registry (生成时间).' })
  @Property({ type: 'datetime' })
  frozenAt!: Date;

  /** The frozen tables, as the GraphQL fields of the return give them. */
  @Property({ type: 'json' })
  figures!: FrozenFigures;
}
