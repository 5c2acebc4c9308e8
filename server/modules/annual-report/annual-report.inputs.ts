import { Field, ID, InputType, Int } from 'type-graphql';
import { SortInput } from '../../common/sort-input';
import { AnnualReturnStatus } from './annual-return-status';
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

@InputType({ description: 'A return at the version last read, for a step of the flow; alone, a decision of the bureau above on a submitted return (审核).' })
export class DecideAnnualReturnInput {
  @Field(() => Int, { description: 'The year reported on (报告年度).' })
  year!: number;

  @Field(() => ID, { description: 'The bureau whose return it is (编办).' })
  bureauId!: string;

  @Field(() => Int, { description: 'Version of the return as last read.' })
  version!: number;
}

@InputType({ description: "Submits a bureau's return to the bureau above (报送年报), signed." })
export class SubmitAnnualReturnInput extends DecideAnnualReturnInput {
  @Field(() => String, { description: 'The person answerable for the return (单位负责人), at most 50 characters.' })
  responsiblePerson!: string;

  @Field(() => String, { description: 'The person who prepared it (填表人/经办人), at most 50 characters.' })
  preparer!: string;

  @Field(() => String, { nullable: true, description: 'Why it comes after the due date (逾期说明), required then; at most 500 characters.' })
  lateReason?: string | null;
}

@InputType({ description: 'Which annual returns to list (年报筛选条件); all conditions must hold.' })
export class AnnualReturnFilter {
  @Field(() => Int, { nullable: true, description: 'Returns of this year (报告年度).' })
  year?: number;

  @Field(() => ID, { nullable: true, description: 'Returns of this bureau and every bureau under it (所辖范围).' })
  underBureauId?: string;

  @Field(() => AnnualReturnStatus, { nullable: true, description: 'Returns standing so (报表状态).' })
  status?: AnnualReturnStatus;

  @Field({
    nullable: true,
    description: "true: only the returns you decide on (待本级审核), those of the bureaus below yours and, for the province, its own; false: only your own bureau's, which the bureau above decides.",
  })
  decidedByYou?: boolean;
}

export const AnnualReturnSort = SortInput(
  'AnnualReturn',
  { SUBMITTED_AT: 'submittedAt', FROZEN_AT: 'frozenAt', UPDATED_AT: 'updatedAt' },
  { SUBMITTED_AT: 'Time of the last submission.', FROZEN_AT: 'Time the figures were last frozen.', UPDATED_AT: 'Time of the last change to the record.' },
  'updatedAt',
);
