import type { EntityClass, FilterQuery } from '@mikro-orm/postgresql';
import { parseId } from '../../common/validation';
import type { Context } from '../../context';
import { unknownReference } from '../../errors';
import { pathThroughLoaders, placeConfinement, recordCalled } from './placement';
import { commonAncestor } from './read-scope';

/**
 * A record read by id or reached through a link (a parent, an alert's unit):
 * itself when it lies in the caller's jurisdiction, else null, exactly as when
 * there is no such record, so that nothing tells a caller what exists outside.
 */
export async function withinJurisdiction<Entity extends object>(context: Context, entity: EntityClass<Entity>, record: Entity | null): Promise<Entity | null> {
  // A record that is not there, or not the caller's to see, may be there tomorrow anywhere in the jurisdiction.
  if (record === null) {
    context.readScope?.coverJurisdiction();
    return null;
  }
  const path = await pathThroughLoaders(context, entity, record);
  if (path === null || !context.jurisdiction.includes(path)) {
    context.readScope?.coverJurisdiction();
    return null;
  }
  context.readScope?.cover(path);
  return record;
}

/** The record an argument names (`field`, e.g. `under`, `unitId`): one outside the caller's jurisdiction is refused exactly as an unknown id. */
export async function referencedInJurisdiction<Entity extends { id: number }>(context: Context, entity: EntityClass<Entity>, field: string, id: string): Promise<Entity> {
  const record = await withinJurisdiction(context, entity, await context.loaders.recordById(entity).load(parseId(field, id)));
  if (!record) throw unknownReference(field, recordCalled(context.em, entity), id);
  return record;
}

/**
 * Widens the request's read scope to cover a list read with these conditions:
 * the narrowest place they confine it to (a subtree filter, the bureau or
 * institution its rows belong to, the jurisdiction), or the whole jurisdiction
 * when nothing confines it or what confines it does not exist.
 */
export async function coverListScope<Entity extends object>(context: Context, entity: EntityClass<Entity>, where: FilterQuery<Entity>): Promise<void> {
  const scope = context.readScope;
  if (!scope) return;
  const { pathPrefixes, placedBy } = placeConfinement(context.em, entity, where);
  const placedByPaths = await Promise.all(
    placedBy.map(async ({ entity: placing, id }) => {
      const record = await context.loaders.recordById(placing).load(id);
      return record ? pathThroughLoaders(context, placing, record) : null;
    }),
  );
  if (placedByPaths.includes(null)) return scope.coverJurisdiction();
  const confining = [...pathPrefixes, ...(placedByPaths as string[])];
  if (confining.length === 0) return scope.coverJurisdiction();
  const deepest = confining.reduce((deeper, path) => (path.length > deeper.length ? path : deeper));
  // Conditions on one line of descent confine the list to the deepest; any others, to what they share.
  scope.cover(confining.every((path) => deepest.startsWith(path)) ? deepest : confining.reduce(commonAncestor));
}
