import type { EntityClass } from '@mikro-orm/postgresql';
import { parseId } from '../../common/validation';
import type { Context } from '../../context';
import { unknownReference } from '../../errors';
import { pathThroughLoaders, recordCalled } from './placement';

/**
 * A record read by id or reached through a link (a parent, an alert's unit):
 * itself when it lies in the caller's jurisdiction, else null, exactly as when
 * there is no such record, so that nothing tells a caller what exists outside.
 */
export async function withinJurisdiction<Entity extends object>(context: Context, entity: EntityClass<Entity>, record: Entity | null): Promise<Entity | null> {
  if (record === null) return null;
  const path = await pathThroughLoaders(context, entity, record);
  return path !== null && context.jurisdiction.includes(path) ? record : null;
}

/** The record an argument names (`field`, e.g. `under`, `unitId`): one outside the caller's jurisdiction is refused exactly as an unknown id. */
export async function referencedInJurisdiction<Entity extends { id: number }>(context: Context, entity: EntityClass<Entity>, field: string, id: string): Promise<Entity> {
  const record = await withinJurisdiction(context, entity, await context.loaders.recordById(entity).load(parseId(field, id)));
  if (!record) throw unknownReference(field, recordCalled(context.em, entity), id);
  return record;
}
