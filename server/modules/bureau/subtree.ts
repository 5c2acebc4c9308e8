import type { EntityClass, FilterQuery } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { unknownReference } from '../../errors';
import { parseId } from '../../common/validation';
import { placedUnder } from '../access/placement';
import { withinJurisdiction } from '../access/record-access';
import { Bureau } from './bureau.entity';

/** The bureau an argument names (`field`): one outside the caller's jurisdiction is refused exactly as an unknown id. */
export async function bureauInJurisdiction(context: Context, field: string, bureauId: string): Promise<Bureau> {
  const bureau = await withinJurisdiction(context, Bureau, await context.loaders.bureauById.load(parseId(field, bureauId)));
  if (!bureau) throw unknownReference(field, 'bureau', bureauId);
  return bureau;
}

/**
 * The LIKE pattern matching a bureau and everything under it, for filters such
 * as "units under bureau X". Path characters are digits and slashes, so the
 * pattern needs no escaping.
 */
export async function subtreePattern(context: Context, field: string, bureauId: string): Promise<string> {
  return `${(await bureauInJurisdiction(context, field, bureauId)).path}%`;
}

/**
 * The condition of a list filter such as `filter.underBureauId`: records placed
 * under the bureau it names, none when it is left out; a bureau outside the
 * caller's jurisdiction is refused as an unknown one.
 */
export async function underBureau<Entity extends object>(context: Context, entity: EntityClass<Entity>, field: string, bureauId: string | null | undefined): Promise<FilterQuery<Entity>[]> {
  return bureauId == null ? [] : [placedUnder(context.em, entity, await subtreePattern(context, field, bureauId))];
}
