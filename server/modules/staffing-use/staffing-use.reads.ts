import type { FilterQuery } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { listPage } from '../../common/list';
import type { PageArguments } from '../../common/list-arguments';
import { parseId } from '../../common/validation';
import type { Context } from '../../context';
import type { ReadPool } from '../../database/read-pool';
import { inJurisdiction } from '../access/placement';
import { underBureau } from '../bureau/subtree';
import { StaffingUseApproval } from './staffing-use-approval.entity';
import type { StaffingUseStatus } from './staffing-use-enums';
import type { StaffingUseApprovalFilter, StaffingUseApprovalSort } from './staffing-use.inputs';
import { vacancyOf, type InstitutionVacancy, type VacancyRow } from './vacancy.types';
import { postsHeldLoader } from './establishment-history.reads';
import { applicationByApprovalIdLoader } from './application.reads';

// Every GraphQL read of approvals to use posts and of vacancies, on the read pool.

export interface ApprovalStanding {
  status: StaffingUseStatus;
  postsHeld: number;
}

export function createStaffingUseLoaders(reads: ReadPool) {
  return {
    approvalStanding: standingLoader(reads),
    vacanciesByInstitutionId: vacancyLoader(reads),
    postsHeldByNationalId: postsHeldLoader(reads),
    applicationByApprovalId: applicationByApprovalIdLoader(reads),
  };
}

/** Each approval's status and the posts it holds today, as the view `staffing_use_standing` states them. */
function standingLoader(reads: ReadPool) {
  return new DataLoader<number, ApprovalStanding>(async (ids) => {
    const rows = await reads.rows<{ id: number; status: StaffingUseStatus; posts_held: number }>('select id, status, posts_held from staffing_use_standing where id = any($1::int[])', [ids]);
    const byId = new Map(rows.map((row) => [row.id, { status: row.status, postsHeld: row.posts_held }]));
    return ids.map((id) => byId.get(id)!);
  });
}

/** Each institution's vacancies per category and tier in use, as the view `staffing_vacancy` states them. */
function vacancyLoader(reads: ReadPool) {
  return new DataLoader<number, InstitutionVacancy[]>(async (institutionIds) => {
    const rows = await reads.rows<VacancyRow & { institution_id: number }>(
      `select institution_id, dimension, key, approved, active, reserved, free from staffing_vacancy
        where institution_id = any($1::int[]) and (approved > 0 or active > 0 or reserved > 0) order by dimension, key`,
      [institutionIds],
    );
    const groups = new Map<number, InstitutionVacancy[]>(institutionIds.map((id) => [id, []]));
    for (const row of rows) {
      groups.get(row.institution_id)?.push(vacancyOf(row));
    }
    return institutionIds.map((id) => groups.get(id) ?? []);
  });
}

/** Status is a matter of today's date: the view states it, in a subquery of the list's own statement (a year's approvals are many ids). */
function approvalsStanding(context: Context, status: StaffingUseStatus) {
  return context.em.getKnex().select('id').from('staffing_use_standing').where('status', status);
}

export async function staffingUseWhere(context: Context, filter: StaffingUseApprovalFilter | undefined): Promise<FilterQuery<StaffingUseApproval>> {
  const where: FilterQuery<StaffingUseApproval>[] = inJurisdiction(context, StaffingUseApproval);
  where.push(...(await underBureau(context, StaffingUseApproval, 'filter.underBureauId', filter?.underBureauId)));
  if (filter?.institutionId != null) where.push({ institution: parseId('filter.institutionId', filter.institutionId) });
  if (filter?.category != null) where.push({ category: filter.category });
  if (filter?.noticeNumber) where.push({ noticeNumber: filter.noticeNumber.trim() });
  // A subquery where the filter's types expect values: MikroORM writes it into the statement as it is.
  if (filter?.status != null) where.push({ id: { $in: approvalsStanding(context, filter.status) as never } });
  return where.length === 0 ? {} : { $and: where };
}

export async function listStaffingUseApprovals(
  context: Context,
  page: PageArguments,
  filter: StaffingUseApprovalFilter | undefined,
  order: InstanceType<typeof StaffingUseApprovalSort>,
): Promise<{ items: StaffingUseApproval[]; totalCount: number }> {
  return listPage(context, StaffingUseApproval, { where: await staffingUseWhere(context, filter), sortBy: order.field, direction: order.direction, page });
}
