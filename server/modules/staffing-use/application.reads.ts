import type { FilterQuery } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { listPage } from '../../common/list';
import type { PageArguments } from '../../common/list-arguments';
import { parseId } from '../../common/validation';
import type { Context } from '../../context';
import type { ReadPool } from '../../database/read-pool';
import { inJurisdiction } from '../access/placement';
import { underBureau } from '../bureau/subtree';
import type { StaffingUseApplicationFilter, StaffingUseApplicationSort } from './application.inputs';
import { StaffingUseApplication } from './staffing-use-application.entity';

// Every GraphQL read of applications to use posts, on the read pool.

/** The application each approval was issued for, if any. */
export function applicationByApprovalIdLoader(reads: ReadPool) {
  const reader = reads.reader(StaffingUseApplication);
  return new DataLoader<number, StaffingUseApplication | null>(async (approvalIds) => {
    const rows = await reads.rows<Record<string, unknown>>(`select * from "${reader.table}" where approval_id = any($1::int[])`, [approvalIds]);
    const byApproval = new Map(rows.map((row) => [row.approval_id as number, reader.read(row)]));
    return approvalIds.map((id) => byApproval.get(id) ?? null);
  });
}

async function applicationWhere(context: Context, filter: StaffingUseApplicationFilter | undefined): Promise<FilterQuery<StaffingUseApplication>> {
  const where: FilterQuery<StaffingUseApplication>[] = inJurisdiction(context, StaffingUseApplication);
  where.push(...(await underBureau(context, StaffingUseApplication, 'filter.underBureauId', filter?.underBureauId)));
  if (filter?.institutionId != null) where.push({ institution: parseId('filter.institutionId', filter.institutionId) });
  if (filter?.status != null) where.push({ status: filter.status });
  return where.length === 0 ? {} : { $and: where };
}

export async function listStaffingUseApplications(
  context: Context,
  page: PageArguments,
  filter: StaffingUseApplicationFilter | undefined,
  order: InstanceType<typeof StaffingUseApplicationSort>,
): Promise<{ items: StaffingUseApplication[]; totalCount: number }> {
  return listPage(context, StaffingUseApplication, { where: await applicationWhere(context, filter), sortBy: order.field, direction: order.direction, page });
}
