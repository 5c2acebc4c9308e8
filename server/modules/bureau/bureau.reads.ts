import type { FilterQuery } from '@mikro-orm/postgresql';
import { containing, listPage } from '../../common/list';
import type { PageArguments } from '../../common/list-arguments';
import { parseId } from '../../common/validation';
import type { Context } from '../../context';
import { inJurisdiction } from '../access/placement';
import { underBureau } from './subtree';
import type { BureauFilter, BureauSort } from './bureau.inputs';
import DataLoader from 'dataloader';
import { byForeignKeyLoader, type RecordByIdLoaders } from '../../common/loader-factories';
import type { ReadPool } from '../../database/read-pool';
import type { BureauLevel } from './bureau-level';
import { Bureau } from './bureau.entity';
import { Website } from '../website/website.entity';

// Every GraphQL read of this module, on the read pool: the lists' filters (where), the lists, and the request's loaders.

export function createBureauLoaders(reads: ReadPool, recordById: RecordByIdLoaders) {
  const descendants = new Map<BureauLevel | null, DataLoader<number, Bureau[]>>();
  return {
    descendantsOf(level: BureauLevel | null) {
      if (!descendants.has(level)) descendants.set(level, descendantsLoader(reads, level));
      return descendants.get(level)!;
    },
    bureauById: recordById(Bureau),
    childrenByParentId: byForeignKeyLoader(reads, Bureau, 'parent_id', 'code'),
    bureauByCode: bureausByCode(reads),
  };
}

/** A bureau's websites as read with it by code; `bureauByCode` hands them to the websites' loader. */
const websitesReadWithBureaus = new WeakMap<Bureau, Website[]>();

/**
 * Bureaus by code, each with its websites in the same statement: a bureau
 * asked for by code is most often shown with its indicators, which read its
 * websites, a statement more otherwise (a bureau has a few).
 */
function bureausByCode(reads: ReadPool) {
  const reader = reads.reader(Bureau);
  const websites = reads.reader(Website);
  return new DataLoader<string, Bureau | null>(async (codes) => {
    const rows = await reads.rows<Record<string, unknown> & { website_rows: Record<string, unknown>[] }>(
      `select bureau.*, coalesce((select json_agg(website order by website.network, website.id) from website where website.bureau_id = bureau.id), '[]') as website_rows
         from bureau where code = any($1::text[])`,
      [codes],
    );
    const byCode = new Map<string, Bureau>();
    for (const row of rows) {
      const bureau = reader.read(row);
      websitesReadWithBureaus.set(bureau, row.website_rows.map((website) => websites.read(website)));
      byCode.set(bureau.code, bureau);
    }
    return codes.map((code) => byCode.get(code) ?? null);
  });
}

/** A bureau by code, its websites handed to the request's loader. */
export async function readBureauByCode(context: Context, code: string): Promise<Bureau | null> {
  const bureau = await context.loaders.bureauByCode.load(code);
  const websites = bureau && websitesReadWithBureaus.get(bureau);
  if (bureau && websites) context.loaders.websitesByBureauId.prime(bureau.id, websites);
  return bureau;
}

/** Everything under each bureau (not the bureau itself), in tree order, optionally of one level: one statement per batch. */
function descendantsLoader(reads: ReadPool, level: BureauLevel | null) {
  const reader = reads.reader(Bureau);
  return new DataLoader<number, Bureau[]>(async (rootIds) => {
    const rows = await reads.rows<{ root_id: number } & Record<string, unknown>>(
      `select root.id as root_id, member.*
         from bureau root
         join bureau member on member.path ~>=~ root.path and member.path ~<~ (root.path || '~') and member.id <> root.id
        where root.id = any($1::int[]) and ($2::text is null or member.level = $2::text)
        order by member.path`,
      [rootIds, level],
    );
    const groups = new Map<number, Bureau[]>(rootIds.map((id) => [id, []]));
    for (const { root_id: rootId, ...row } of rows) groups.get(rootId)?.push(reader.read(row));
    return rootIds.map((id) => groups.get(id) ?? []);
  });
}

export async function bureauWhere(context: Context, filter: BureauFilter | undefined): Promise<FilterQuery<Bureau>> {
  const where: FilterQuery<Bureau>[] = inJurisdiction(context, Bureau);
  if (!filter) return where.length === 0 ? {} : { $and: where };
  if (filter.code != null) where.push({ code: filter.code });
  if (filter.level != null) where.push({ level: filter.level });
  if (filter.nameContains) {
    const pattern = containing(filter.nameContains);
    where.push({ $or: [{ name: { $like: pattern } }, { divisionName: { $like: pattern } }] });
  }
  if (filter.parentId != null) where.push({ parent: parseId('filter.parentId', filter.parentId) });
  where.push(...(await underBureau(context, Bureau, 'filter.underBureauId', filter.underBureauId)));
  if (filter.partyIntranetConnected != null) {
    where.push({ partyIntranetConnectedOn: filter.partyIntranetConnected ? { $ne: null } : null });
  }
  return where.length === 0 ? {} : { $and: where };
}

/** A page of bureau records matching the filter, in the order asked for. */
export async function listBureaus(context: Context, page: PageArguments, filter: BureauFilter | undefined, order: InstanceType<typeof BureauSort>): Promise<{ items: Bureau[]; totalCount: number }> {
  return listPage(context, Bureau, { where: await bureauWhere(context, filter), sortBy: order.field, direction: order.direction, page });
}
