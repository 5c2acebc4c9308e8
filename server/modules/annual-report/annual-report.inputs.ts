import { Field, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../common/scalars';

@InputType({ description: 'A year of the annual report to open (开启年报报告期).' })
export class OpenReportingPeriodInput {
  @Field(() => Int, { description: 'The year reported on (报告年度), 2000 to 2100; one period a year.' })
  year!: number;

  @Field(() => DateScalar, { description: 'The date the returns stand at (统计截止日期), in the year reported on; normally 31 December.' })
  cutoffOn!: string;

  @Field(() => DateScalar, { description: 'The date returns are due (报送期限), not before the cut-off.' })
  dueOn!: string;
}
