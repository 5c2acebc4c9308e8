import type { EntityClass } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { pathThroughLoaders } from './placement';

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
