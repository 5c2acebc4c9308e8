import type { FilterQuery } from '@mikro-orm/postgresql';
import { containing, listPage } from '../../common/list';
import type { PageArguments } from '../../common/list-arguments';
import { parseId } from '../../common/validation';
import type { Context } from '../../context';
import { inJurisdiction } from '../access/placement';
import { underBureau } from '../bureau/subtree';
import type { QuotaFilter, QuotaSort } from './quota.inputs';
import { byForeignKeyLoader, type RecordByIdLoaders } from '../../common/loader-factories';
import type { ReadPool } from '../../database/read-pool';
import { Quota } from './quota.entity';

// Every GraphQL read of this module, on the read pool: the lists' filters (where), the lists, and the request's loaders.

export function createQuotaLoaders(reads: ReadPool, recordById: RecordByIdLoaders) {
  return {
    quotaById: recordById(Quota),
    quotasByInstitutionId: byForeignKeyLoader(reads, Quota, 'institution_id', 'category, effective_on desc, id desc'),
  };
}

export async function quotaWhere(context: Context, filter: QuotaFilter | undefined): Promise<FilterQuery<Quota>> {
  const where: FilterQuery<Quota>[] = inJurisdiction(context, Quota);
  if (filter?.institutionId != null) where.push({ institution: parseId('filter.institutionId', filter.institutionId) });
  where.push(...(await underBureau(context, Quota, 'filter.underBureauId', filter?.underBureauId)));
  if (filter?.category != null) where.push({ category: filter.category });
  if (filter?.current != null) where.push({ supersededOn: filter.current ? null : { $ne: null } });
  if (filter?.documentNumberContains) where.push({ documentNumber: { $like: containing(filter.documentNumberContains) } });
  return where.length === 0 ? {} : { $and: where };
}

/** A page of quota records matching the filter, in the order asked for. */
export async function listQuotas(context: Context, page: PageArguments, filter: QuotaFilter | undefined, order: InstanceType<typeof QuotaSort>): Promise<{ items: Quota[]; totalCount: number }> {
  return listPage(context, Quota, { where: await quotaWhere(context, filter), sortBy: order.field, direction: order.direction, page });
}
