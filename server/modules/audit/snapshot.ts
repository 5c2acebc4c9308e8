import { ReferenceKind, type EntityManager } from '@mikro-orm/postgresql';

/** A record's stored values under their GraphQL names, references as `<name>Id`; hidden properties (password hashes) left out. */
export function snapshotOf(em: EntityManager, record: object): Record<string, unknown> {
  const meta = em.getMetadata().find(record.constructor.name);
  if (!meta) throw new Error(`${record.constructor.name} is not an entity`);
  const snapshot: Record<string, unknown> = {};
  const values = record as Record<string, unknown>;
  for (const property of meta.props) {
    if (property.hidden || property.persist === false) continue;
    const value = values[property.name];
    if (property.kind === ReferenceKind.SCALAR) {
      snapshot[property.name] = value instanceof Date ? value.toISOString() : value;
    } else if (property.kind === ReferenceKind.MANY_TO_ONE) {
      snapshot[`${property.name}Id`] = value == null ? null : (value as { id: unknown }).id;
    }
  }
  return snapshot;
}

/**
 * The same snapshot made by the database, for writes of many rows at once: a
 * `jsonb_build_object` of the row `alias` with the keys and values
 * `snapshotOf` gives (timestamps as ISO strings in UTC, dates as stored).
 */
export function snapshotSql(em: EntityManager, entityName: string, alias: string): string {
  const meta = em.getMetadata().find(entityName);
  if (!meta) throw new Error(`${entityName} is not an entity`);
  const pairs: string[] = [];
  for (const property of meta.props) {
    if (property.hidden || property.persist === false || property.fieldNames?.length !== 1) continue;
    const column = `${alias}."${property.fieldNames[0]}"`;
    if (property.kind === ReferenceKind.SCALAR) {
      const timestamp = property.type === 'datetime' || property.runtimeType === 'Date';
      pairs.push(`'${property.name}', ${timestamp ? `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')` : column}`);
    } else if (property.kind === ReferenceKind.MANY_TO_ONE) {
      pairs.push(`'${property.name}Id', ${column}`);
    }
  }
  return `jsonb_build_object(${pairs.join(', ')})`;
}
