import type { EntityClass, FilterQuery } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { placedUnder } from '../access/placement';
import { referencedInJurisdiction } from '../access/record-access';
import { Bureau } from './bureau.entity';

/**
 * The LIKE pattern matching a bureau and everything under it, for filters such
 * as "units under bureau X". Path characters are digits and slashes, so the
 * pattern needs no escaping. A bureau outside the caller's jurisdiction is
 * refused as an unknown one.
 */
export async function subtreePattern(context: Context, field: string, bureauId: string): Promise<string> {
  return `${(await referencedInJurisdiction(context, Bureau, field, bureauId)).path}%`;
}

/**
 * The condition of a list filter such as `filter.underBureauId`: records placed
 * under the bureau it names, none when it is left out; a bureau outside the
 * caller's jurisdiction is refused as an unknown one.
 */
export async function underBureau<Entity extends object>(context: Context, entity: EntityClass<Entity>, field: string, bureauId: string | null | undefined): Promise<FilterQuery<Entity>[]> {
  return bureauId == null ? [] : [placedUnder(context.em, entity, await subtreePattern(context, field, bureauId))];
}
