import type { Context } from '../../context';
import { unknownReference } from '../../errors';
import { parseId } from '../../common/validation';

/**
 * The LIKE pattern matching a bureau and everything under it, for filters such
 * as "units under bureau X"; the bureau must lie in the caller's jurisdiction.
 * Path characters are digits and slashes, so the pattern needs no escaping.
 */
export async function subtreePattern(context: Context, field: string, bureauId: string): Promise<string> {
  const bureau = await context.loaders.bureauById.load(parseId(field, bureauId));
  if (!bureau) throw unknownReference(field, 'bureau', bureauId);
  context.jurisdiction.require(field, bureau.path, `bureau ${bureauId}`);
  return `${bureau.path}%`;
}
