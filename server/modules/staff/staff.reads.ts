import type { FilterQuery } from '@mikro-orm/postgresql';
import { containing, listPage } from '../../common/list';
import type { PageArguments } from '../../common/list-arguments';
import { parseId } from '../../common/validation';
import type { Context } from '../../context';
import { forbidden } from '../../errors';
import { inJurisdiction } from '../access/placement';
import { underBureau } from '../bureau/subtree';
import type { StaffFilter, StaffSort } from './staff.inputs';
import { byForeignKeyLoader, type RecordByIdLoaders } from '../../common/loader-factories';
import type { ReadPool } from '../../database/read-pool';
import { Staff } from './staff.entity';

// Every GraphQL read of this module, on the read pool: the lists' filters (where), the lists, and the request's loaders.

export function createStaffLoaders(reads: ReadPool, recordById: RecordByIdLoaders) {
  return {
    staffById: recordById(Staff),
    staffByInstitutionId: byForeignKeyLoader(reads, Staff, 'institution_id', 'name, id'),
  };
}

export async function staffWhere(context: Context, filter: StaffFilter | undefined): Promise<FilterQuery<Staff>> {
  const where: FilterQuery<Staff>[] = inJurisdiction(context, Staff);
  if (filter?.institutionId != null) where.push({ institution: parseId('filter.institutionId', filter.institutionId) });
  where.push(...(await underBureau(context, Staff, 'filter.underBureauId', filter?.underBureauId)));
  if (filter?.status != null) where.push({ status: filter.status });
  if (filter?.quotaCategory != null) where.push({ quotaCategory: filter.quotaCategory });
  if (filter?.isLeader != null) where.push({ leadershipTier: filter.isLeader ? { $ne: null } : null });
  if (filter?.leadershipTier != null) where.push({ leadershipTier: filter.leadershipTier });
  if (filter?.nameContains) where.push({ name: { $like: containing(filter.nameContains) } });
  if (filter?.nationalId && !context.jurisdiction.seesPersonalData) throw forbidden('filter.nationalId', 'NATIONAL_ID_SEARCH_FORBIDDEN');
  if (filter?.nationalId) where.push({ nationalId: filter.nationalId.trim().toUpperCase() });
  return where.length === 0 ? {} : { $and: where };
}

/** A page of staff records matching the filter, in the order asked for. */
export async function listStaff(context: Context, page: PageArguments, filter: StaffFilter | undefined, order: InstanceType<typeof StaffSort>): Promise<{ items: Staff[]; totalCount: number }> {
  return listPage(context, Staff, { where: await staffWhere(context, filter), sortBy: order.field, direction: order.direction, page });
}
