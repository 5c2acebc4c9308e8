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

  @Field(() => String, { nullable: true, description: 'The person answerable for the return (单位负责人), as signed at submission.' })
  @Property({ type: 'string', length: 50, nullable: true })
  responsiblePerson: string | null = null;

  @Field(() => String, { nullable: true, description: 'The person who prepared it (填表人/经办人), as signed at submission.' })
  @Property({ type: 'string', length: 50, nullable: true })
  preparer: string | null = null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was last submitted (报送时间).' })
  @Property({ type: 'datetime', nullable: true })
  submittedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was submitted after the due date (逾期说明).' })
  @Property({ type: 'text', nullable: true })
  lateReason: string | null = null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the bureau above last sent it back (退回时间).' })
  @Property({ type: 'datetime', nullable: true })
  returnedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Why the bureau above sent it back (退回原因).' })
  @Property({ type: 'text', nullable: true })
  returnReason: string | null = null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was accepted (审核通过时间).' })
  @Property({ type: 'datetime', nullable: true })
  acceptedAt: Date | null = null;

  /** The frozen tables, as the GraphQL fields of the return give them. */
  @Property({ type: 'json' })
  figures!: FrozenFigures;
}
