import type { Context } from '../../context';
import { unknownReference } from '../../errors';
import { parseId } from '../../common/validation';
import type { Bureau } from './bureau.entity';

/** The bureau an argument names (`field`), which must exist and lie in the caller's jurisdiction. */
export async function bureauInJurisdiction(context: Context, field: string, bureauId: string): Promise<Bureau> {
  const bureau = await context.loaders.bureauById.load(parseId(field, bureauId));
  if (!bureau) throw unknownReference(field, 'bureau', bureauId);
  context.jurisdiction.require(field, bureau.path, 'OUTSIDE_JURISDICTION', { entity: 'bureau', id: String(bureauId) });
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
