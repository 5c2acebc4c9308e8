import type { FilterQuery } from '@mikro-orm/postgresql';
import { containing, listPage, type ReadAlong } from '../../common/list';
import { Institution } from '../institution/institution.entity';
import { knownInstitution } from '../institution/institution.reads';
import { checkPage, type PageArguments } from '../../common/list-arguments';
import { parseId } from '../../common/validation';
import type { Context } from '../../context';
import { forbidden } from '../../errors';
import { inJurisdiction } from '../access/placement';
import { underBureau } from '../bureau/subtree';
import type { StaffFilter, StaffSort } from './staff.inputs';
import type { RecordByIdLoaders } from '../../common/loader-factories';
import type { ReadPool } from '../../database/read-pool';
import { Staff } from './staff.entity';
import DataLoader from 'dataloader';
import type { StaffStatus } from './staff-enums';

// Every GraphQL read of this module, on the read pool: the lists' filters (where), the lists, and the request's loaders.

export function createStaffLoaders(reads: ReadPool, recordById: RecordByIdLoaders) {
  return {
    staffById: recordById(Staff),
    staffPageOfInstitution: staffPagesOfInstitutions(reads),
  };
}

/** Which page of an institution's staff: one loader per distinct page in a request, batching the institutions. */
export interface StaffPageOfInstitution {
  status: StaffStatus | null;
  limit: number;
  offset: number;
}

/**
 * A page of each institution's staff by name, cut in the database (a window
 * per institution), so that a nested staff list returns and reads no more
 * rows than its `limit`, which its cost counts.
 */
function staffPagesOfInstitutions(reads: ReadPool) {
  const reader = reads.reader(Staff);
  const loaders = new Map<string, DataLoader<number, Staff[]>>();
  const sql = `select * from (
      select staff.*, row_number() over (partition by staff.institution_id order by staff.name, staff.id) as place_in_institution
        from "${reader.table}" staff
       where staff.institution_id = any($1::int[]) and ($2::text is null or staff.status = $2::text)
    ) ranked
   where place_in_institution > $3::int and place_in_institution <= $3::int + $4::int
   order by institution_id, place_in_institution`;
  return (page: StaffPageOfInstitution): DataLoader<number, Staff[]> => {
    const key = `${page.status}|${page.limit}|${page.offset}`;
    let loader = loaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (institutionIds) => {
        const rows = await reads.rows<Record<string, unknown>>(sql, [institutionIds, page.status, page.offset, page.limit]);
        const groups = new Map<number, Staff[]>(institutionIds.map((id) => [id, []]));
        for (const row of rows) groups.get(row.institution_id as number)?.push(reader.read(row));
        return institutionIds.map((id) => groups.get(id) ?? []);
      });
      loaders.set(key, loader);
    }
    return loader;
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

/**
 * A page of staff records matching the filter, in the order asked for, each
 * with its institution in the same statement: a page of staff is most often
 * shown with where each person works, which would be a statement more.
 */
export async function listStaff(context: Context, page: PageArguments, filter: StaffFilter | undefined, order: InstanceType<typeof StaffSort>): Promise<{ items: Staff[]; totalCount: number }> {
  const institutions = context.reads.reader(Institution);
  // With its bureau's path, so that the institution's place check (and the list's read scope) needs no statement either.
  const withInstitution: ReadAlong = {
    expression: `(select json_build_object('institution', to_json(institution), 'path', bureau.path) from institution join bureau on bureau.id = institution.bureau_id where institution.id = "record".institution_id)`,
    take: (value) => {
      const along = value as { institution: Record<string, unknown>; path: string };
      knownInstitution(context, institutions.read(along.institution), along.path);
    },
  };
  return listPage(context, Staff, { where: await staffWhere(context, filter), sortBy: order.field, direction: order.direction, page }, withInstitution);
}

/** A nested staff list's page (an institution's or a unit's staff), its arguments checked as a list's are. */
export function staffPageOf(context: Context, institutionId: number, status: StaffStatus | undefined, limit: number, offset: number): Promise<Staff[]> {
  checkPage({ limit, offset });
  return context.loaders.staffPageOfInstitution({ status: status ?? null, limit, offset }).load(institutionId);
}
