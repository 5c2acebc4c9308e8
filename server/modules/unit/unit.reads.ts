import type { FilterQuery } from '@mikro-orm/postgresql';
import { containing, listPage } from '../../common/list';
import type { PageArguments } from '../../common/list-arguments';
import { parseId } from '../../common/validation';
import type { Context } from '../../context';
import { inJurisdiction } from '../access/placement';
import { underBureau } from '../bureau/subtree';
import type { EGovUnitFilter, EGovUnitSort } from './unit.inputs';
import DataLoader from 'dataloader';
import { byForeignKeyLoader, type RecordByIdLoaders } from '../../common/loader-factories';
import type { ReadPool } from '../../database/read-pool';
import type { UnitCategoryStaffing } from './unit-staffing.types';
import { EGovUnit } from './unit.entity';

// Every GraphQL read of this module, on the read pool: the lists' filters (where), the lists, and the request's loaders.

export function createUnitLoaders(reads: ReadPool, recordById: RecordByIdLoaders) {
  return {
    unitById: recordById(EGovUnit),
    unitsByBureauId: byForeignKeyLoader(reads, EGovUnit, 'bureau_id', 'id'),
    unitsInSubtree: unitsInSubtreeLoader(reads),
    staffingByUnitId: unitStaffingLoader(reads),
  };
}

/** The units of every bureau under each given bureau, itself included: one statement per batch. */
function unitsInSubtreeLoader(reads: ReadPool) {
  const reader = reads.reader(EGovUnit);
  return new DataLoader<number, EGovUnit[]>(async (rootIds) => {
    const rows = await reads.rows<{ root_id: number } & Record<string, unknown>>(
      `select root.id as root_id, unit.*
         from bureau root
         join bureau member on member.path ~>=~ root.path and member.path ~<~ (root.path || '~')
         join egov_unit unit on unit.bureau_id = member.id
        where root.id = any($1::int[])
        order by member.path, unit.id`,
      [rootIds],
    );
    const groups = new Map<number, EGovUnit[]>(rootIds.map((id) => [id, []]));
    for (const { root_id: rootId, ...row } of rows) groups.get(rootId)?.push(reader.read(row));
    return rootIds.map((id) => groups.get(id) ?? []);
  });
}

export async function unitWhere(context: Context, filter: EGovUnitFilter | undefined): Promise<FilterQuery<EGovUnit>> {
  const where: FilterQuery<EGovUnit>[] = inJurisdiction(context, EGovUnit);
  if (filter?.bureauId != null) where.push({ bureau: parseId('filter.bureauId', filter.bureauId) });
  where.push(...(await underBureau(context, EGovUnit, 'filter.underBureauId', filter?.underBureauId)));
  if (filter?.rank != null) where.push({ rank: filter.rank });
  if (filter?.nameContains) where.push({ name: { $like: containing(filter.nameContains) } });
  return where.length === 0 ? {} : { $and: where };
}

/** A page of unit records matching the filter, in the order asked for. */
export async function listUnits(context: Context, page: PageArguments, filter: EGovUnitFilter | undefined, order: InstanceType<typeof EGovUnitSort>): Promise<{ items: EGovUnit[]; totalCount: number }> {
  return listPage(context, EGovUnit, { where: await unitWhere(context, filter), sortBy: order.field, direction: order.direction, page });
}

/** Each unit's staffing, category by category (the categories in use: a current quota or active staff), one statement per batch. */
function unitStaffingLoader(reads: ReadPool) {
  return new DataLoader<number, UnitCategoryStaffing[]>(async (unitIds) => {
    const rows = await reads.rows<UnitCategoryStaffing & { unitId: number }>(
      `select unit_id as "unitId", category, approved_headcount as "approvedHeadcount", approved_leadership_positions as "approvedLeadershipPositions",
              active_staff as "activeStaff", active_leaders as "activeLeaders", vacancies, over_staffed as "overStaffed", over_positions as "overPositions"
         from unit_category_staffing where unit_id = any($1::int[]) and in_use order by category`,
      [unitIds],
    );
    const groups = new Map<number, UnitCategoryStaffing[]>(unitIds.map((id) => [id, []]));
    for (const { unitId, ...staffing } of rows) groups.get(unitId)?.push(staffing);
    return unitIds.map((id) => groups.get(id) ?? []);
  });
}
