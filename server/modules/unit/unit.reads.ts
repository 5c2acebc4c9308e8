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
import type { EGovUnitFilter, EGovUnitSort } from './unit.inputs';

// The survey's view of institutions: those that are their bureau's e-government body.

export function createUnitLoaders(reads: ReadPool) {
  return {
    unitsByBureauId: unitsByBureauLoader(reads),
    unitsInSubtree: unitsInSubtreeLoader(reads),
  };
}

function unitsByBureauLoader(reads: ReadPool) {
  const reader = reads.reader(Institution);
  return new DataLoader<number, Institution[]>(async (bureauIds) => {
    const rows = await reads.rows<Record<string, unknown>>("select * from institution where bureau_id = any($1::int[]) and is_egov_body and status = 'ACTIVE' order by id", [bureauIds]);
    const groups = new Map<number, Institution[]>(bureauIds.map((id) => [id, []]));
    for (const row of rows) groups.get(row.bureau_id as number)?.push(reader.read(row));
    return bureauIds.map((id) => groups.get(id) ?? []);
  });
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
