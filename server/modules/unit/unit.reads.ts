import type { FilterQuery } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { containing, listPage } from '../../common/list';
import type { PageArguments } from '../../common/list-arguments';
import { parseId } from '../../common/validation';
import type { Context } from '../../context';
import type { ReadPool } from '../../database/read-pool';
import { inJurisdiction } from '../access/placement';
import { underBureau } from '../bureau/subtree';
import { Institution } from '../institution/institution.entity';
import { Quota } from '../quota/quota.entity';
import { cellOrder, type CellRow } from '../establishment/staffing.reads';
import type { EGovUnitFilter, EGovUnitSort } from './unit.inputs';

// The survey's view of institutions: those that are their bureau's e-government body.

export function createUnitLoaders(reads: ReadPool) {
  return {
    unitsByBureauId: unitsByBureauLoader(reads),
    unitsInSubtree: unitsInSubtreeLoader(reads),
  };
}

/** What a bureau's units bring along from their statement: each unit's quotas (all, as the quota loader keeps them) and staffing cells. */
interface UnitReadAlong {
  quotas: Quota[];
  cells: CellRow[];
}

const readAlongWithUnits = new WeakMap<Institution, UnitReadAlong>();

/**
 * A bureau's units with each one's quotas and staffing cells in the same
 * statement: a bureau's few units are most often shown with their quotas and
 * staff counts, which would be two statements more. `unitsOfBureau` hands
 * them to the loaders those fields read.
 */
function unitsByBureauLoader(reads: ReadPool) {
  return new DataLoader<number, Institution[]>(async (bureauIds) => {
    const groups = await readUnitsOfBureaus(reads, 'any($1::int[])', [bureauIds]);
    return bureauIds.map((id) => groups.get(id) ?? []);
  });
}

/**
 * The active e-government units of the bureaus `bureaus` names (`any($1)` of
 * ids, or a subquery of bureau ids), by bureau id, each with its quotas and
 * staffing cells read along for `unitsOfBureau` to hand on.
 */
export async function readUnitsOfBureaus(reads: ReadPool, bureaus: string, values: unknown[]): Promise<Map<number, Institution[]>> {
  const reader = reads.reader(Institution);
  const quotas = reads.reader(Quota);
  const rows = await reads.rows<Record<string, unknown> & { quota_rows: Record<string, unknown>[]; cell_rows: CellRow[] }>(
    `select unit.*,
            coalesce((select json_agg(quota order by quota.category, quota.effective_on desc, quota.id desc) from quota where quota.institution_id = unit.id), '[]') as quota_rows,
            coalesce((select json_agg(cell order by ${cellOrder}) from staffing_cell_status cell where cell.institution_id = unit.id and cell.in_use), '[]') as cell_rows
       from institution unit
      where unit.bureau_id = ${bureaus} and unit.is_egov_body and unit.status = 'ACTIVE'
      order by unit.id`,
    values,
  );
  const groups = new Map<number, Institution[]>();
  for (const row of rows) {
    const unit = reader.read(row);
    readAlongWithUnits.set(unit, { quotas: row.quota_rows.map((quota) => quotas.read(quota)), cells: row.cell_rows });
    const bureauId = row.bureau_id as number;
    const group = groups.get(bureauId);
    if (group) group.push(unit);
    else groups.set(bureauId, [unit]);
  }
  return groups;
}

/** A bureau's e-government units, their quotas and staffing handed to the request's loaders. */
export async function unitsOfBureau(context: Context, bureauId: number): Promise<Institution[]> {
  const units = await context.loaders.unitsByBureauId.load(bureauId);
  for (const unit of units) {
    const along = readAlongWithUnits.get(unit);
    if (!along) continue;
    context.loaders.quotasByInstitutionId.prime(unit.id, along.quotas);
    context.loaders.staffing.accept(unit.id, along.cells);
  }
  return units;
}

/** The units of every bureau under each given bureau, itself included: one statement per batch. */
function unitsInSubtreeLoader(reads: ReadPool) {
  const reader = reads.reader(Institution);
  return new DataLoader<number, Institution[]>(async (rootIds) => {
    const rows = await reads.rows<{ root_id: number } & Record<string, unknown>>(
      `select root.id as root_id, unit.*
         from bureau root
         join bureau member on member.path ~>=~ root.path and member.path ~<~ (root.path || '~')
         join institution unit on unit.bureau_id = member.id and unit.is_egov_body and unit.status = 'ACTIVE'
        where root.id = any($1::int[])
        order by member.path, unit.id`,
      [rootIds],
    );
    const groups = new Map<number, Institution[]>(rootIds.map((id) => [id, []]));
    for (const { root_id: rootId, ...row } of rows) groups.get(rootId)?.push(reader.read(row));
    return rootIds.map((id) => groups.get(id) ?? []);
  });
}

export async function unitWhere(context: Context, filter: EGovUnitFilter | undefined): Promise<FilterQuery<Institution>> {
  const where: FilterQuery<Institution>[] = inJurisdiction(context, Institution);
  where.push({ isEgovBody: true });
  if (filter?.bureauId != null) where.push({ bureau: parseId('filter.bureauId', filter.bureauId) });
  where.push(...(await underBureau(context, Institution, 'filter.underBureauId', filter?.underBureauId)));
  if (filter?.rank != null) where.push({ rank: filter.rank });
  if (filter?.nameContains) where.push({ name: { $like: containing(filter.nameContains) } });
  return { $and: where };
}

/** A page of e-government units matching the filter, in the order asked for. */
export async function listUnits(context: Context, page: PageArguments, filter: EGovUnitFilter | undefined, order: InstanceType<typeof EGovUnitSort>): Promise<{ items: Institution[]; totalCount: number }> {
  return listPage(context, Institution, { where: await unitWhere(context, filter), sortBy: order.field, direction: order.direction, page });
}

/** An e-government unit by id: an institution that is not one answers as none. */
export function asUnit(institution: Institution | null): Institution | null {
  return institution?.isEgovBody ? institution : null;
}
