import type { FilterQuery } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { inJurisdiction } from '../access/placement';
import { underBureau } from '../bureau/subtree';
import { containing } from '../../common/list';
import type { AccountFilter } from './account.inputs';
import { Account } from './account.entity';

// Every GraphQL read of this module, on the read pool: the lists' filters (where), the lists, and the request's loaders.

export async function accountWhere(context: Context, filter: AccountFilter | undefined): Promise<FilterQuery<Account>> {
  const where: FilterQuery<Account>[] = inJurisdiction(context, Account);
  if (filter?.role != null) where.push({ role: filter.role });
  if (filter?.disabled != null) where.push({ disabled: filter.disabled });
  where.push(...(await underBureau(context, Account, 'filter.underBureauId', filter?.underBureauId)));
  if (filter?.textContains) {
    const pattern = containing(filter.textContains);
    where.push({ $or: [{ username: { $like: pattern } }, { displayName: { $like: pattern } }] });
  }
  return where.length === 0 ? {} : { $and: where };
}
