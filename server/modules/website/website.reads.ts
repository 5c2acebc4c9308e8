import type { FilterQuery } from '@mikro-orm/postgresql';
import { containing, listPage } from '../../common/list';
import type { PageArguments } from '../../common/list-arguments';
import { parseId, todayInChina } from '../../common/validation';
import type { Context } from '../../context';
import { inJurisdiction } from '../access/placement';
import { underBureau } from '../bureau/subtree';
import type { WebsiteFilter, WebsiteSort } from './website.inputs';
import { byForeignKeyLoader, type RecordByIdLoaders } from '../../common/loader-factories';
import type { ReadPool } from '../../database/read-pool';
import { Website } from './website.entity';

// Every GraphQL read of this module, on the read pool: the lists' filters (where), the lists, and the request's loaders.

export function createWebsiteLoaders(reads: ReadPool, recordById: RecordByIdLoaders) {
  return {
    websiteById: recordById(Website),
    websitesByBureauId: byForeignKeyLoader(reads, Website, 'bureau_id', 'network, id'),
  };
}

/** The last update date before which a site counts as stale today. */
export function staleBefore(context: Context): string {
  const today = todayInChina();
  return new Date(Date.parse(today) - context.config.staleWebsiteDays * 86_400_000).toISOString().slice(0, 10);
}

export async function websiteWhere(context: Context, filter: WebsiteFilter | undefined): Promise<FilterQuery<Website>> {
  const where: FilterQuery<Website>[] = inJurisdiction(context, Website);
  if (filter?.bureauId != null) where.push({ bureau: parseId('filter.bureauId', filter.bureauId) });
  where.push(...(await underBureau(context, Website, 'filter.underBureauId', filter?.underBureauId)));
  if (filter?.network != null) where.push({ network: filter.network });
  if (filter?.stale != null) {
    where.push({ lastUpdatedOn: filter.stale ? { $lt: staleBefore(context) } : { $gte: staleBefore(context) } });
  }
  if (filter?.textContains) {
    const pattern = containing(filter.textContains);
    where.push({ $or: [{ address: { $like: pattern } }, { title: { $like: pattern } }] });
  }
  return where.length === 0 ? {} : { $and: where };
}

/** A page of website records matching the filter, in the order asked for. */
export async function listWebsites(context: Context, page: PageArguments, filter: WebsiteFilter | undefined, order: InstanceType<typeof WebsiteSort>): Promise<{ items: Website[]; totalCount: number }> {
  return listPage(context, Website, { where: await websiteWhere(context, filter), sortBy: order.field, direction: order.direction, page });
}
