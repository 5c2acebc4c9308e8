import { Check, Entity, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../common/record';
import { DateScalar } from '../../common/scalars';
import { PlacedBy } from '../access/placement';
import { Bureau } from '../bureau/bureau.entity';

@ObjectType({
  simpleResolvers: true,
  description:
    'A year of the annual statistical report (机构编制统计年报报告期): opened by the province, with the cut-off date the returns stand at (截止日期, normally 31 December) and the date they are due (报送期限). Every account sees every period.',
})
@Entity({ tableName: 'reporting_period' })
@Unique({ name: 'reporting_period_year_unique', properties: ['year'] })
@Check({ name: 'reporting_period_due_not_before_cutoff', expression: '"due_on" >= "cutoff_on"' })
export class ReportingPeriod extends VersionedRecord {
  /** The province's bureau, which opens the year for the whole registry. */
  @PlacedBy({ called: 'reporting period' })
  @ManyToOne(() => Bureau, { ref: true, deleteRule: 'restrict', index: 'reporting_period_bureau_id_index' })
  bureau!: Ref<Bureau>;

  @Field(() => Int, { description: 'The year reported on (报告年度).' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => DateScalar, { description: 'The date the returns stand at (统计截止日期); ages are counted to it.' })
  @Property({ type: 'date' })
  cutoffOn!: string;

  @Field(() => DateScalar, { description: 'The date returns are due at the bureau above (报送期限).' })
  @Property({ type: 'date' })
  dueOn!: string;
}
