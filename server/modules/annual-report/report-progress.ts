import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { listOf, registrySizes } from '../../common/list-cost';
import { DateTimeScalar } from '../../common/scalars';
import type { Context } from '../../context';
import { Bureau } from '../bureau/bureau.entity';
import { AnnualReturnStatus } from './annual-return-status';
import type { ReportingPeriod } from './reporting-period.entity';

/** A bureau's standing in the year, as the progress page shows it. */
export enum ReportStanding {
  NOT_SUBMITTED = 'NOT_SUBMITTED',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  ACCEPTED = 'ACCEPTED',
}

registerEnumType(ReportStanding, {
  name: 'ReportStanding',
  description: "A bureau's standing in the year's report (报送进度).",
  valuesConfig: {
    NOT_SUBMITTED: { description: 'No return yet, or one not yet submitted (未报).' },
    SUBMITTED: { description: 'Submitted, awaiting the bureau above (已报).' },
    RETURNED: { description: 'Sent back by the bureau above (退回).' },
    ACCEPTED: { description: 'Accepted (已审核).' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'How many bureaus stand one way (按状态计数).' })
export class StandingCount {
  @Field(() => ReportStanding, { description: 'The standing (报送状态).' })
  standing!: ReportStanding;

  @Field(() => Int, { description: 'Bureaus (编办数).' })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: "One bureau's row of the year's progress (报送进度): its own standing and its child bureaus'." })
export class ReportProgressRow {
  @Field(() => Bureau, { description: 'The bureau (编办).' })
  bureau!: Bureau;

  @Field(() => ReportStanding, { description: 'Where its return stands (报送状态).' })
  standing!: ReportStanding;

  @Field(() => Boolean, { description: 'Past the due date and neither submitted nor accepted (逾期).' })
  overdue!: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When its return was last submitted (报送时间).' })
  submittedAt!: Date | null;

  @Field(() => [StandingCount], { description: 'Its child bureaus by standing, every standing listed (下级报送情况).', complexity: listOf(Object.keys(ReportStanding).length) })
  children!: StandingCount[];

  @Field(() => Int, { description: 'Its child bureaus that are overdue (下级逾期数).' })
  childrenOverdue!: number;
}

export const progressRowsCost = listOf(registrySizes.bureausUnderProvince);

const standingOf: Record<AnnualReturnStatus, ReportStanding> = {
  DRAFT: ReportStanding.NOT_SUBMITTED,
  SUBMITTED: ReportStanding.SUBMITTED,
  RETURNED: ReportStanding.RETURNED,
  ACCEPTED: ReportStanding.ACCEPTED,
};

/** Every bureau under `root` (itself included) with its return's standing for the period, in tree order: one statement. */
export async function readReportProgress(context: Context, period: ReportingPeriod, root: Bureau): Promise<ReportProgressRow[]> {
  const reader = context.reads.reader(Bureau);
  const rows = await context.reads.rows<Record<string, unknown> & { return_status: AnnualReturnStatus | null; return_submitted_at: string | null; return_overdue: boolean }>(
    `select bureau.*, annual_return.status as return_status, annual_return.submitted_at as return_submitted_at,
            annual_return_overdue($3::date, annual_return.status) as return_overdue
       from bureau left join annual_return on annual_return.bureau_id = bureau.id and annual_return.period_id = $1
      where bureau.path like $2 order by bureau.path`,
    [period.id, `${root.path}%`, period.dueOn],
  );
  const progress = rows.map((row) => {
    const standing = row.return_status ? standingOf[row.return_status] : ReportStanding.NOT_SUBMITTED;
    return {
      bureau: reader.read(row),
      standing,
      overdue: row.return_overdue,
      submittedAt: row.return_submitted_at ? new Date(row.return_submitted_at) : null,
      children: Object.values(ReportStanding).map((each) => ({ standing: each, count: 0 })),
      childrenOverdue: 0,
    };
  });
  const byId = new Map(progress.map((row) => [row.bureau.id, row]));
  for (const row of progress) {
    const parent = row.bureau.parent ? byId.get(row.bureau.parent.id) : undefined;
    if (!parent) continue;
    parent.children.find((count) => count.standing === row.standing)!.count += 1;
    if (row.overdue) parent.childrenOverdue += 1;
  }
  return progress;
}
