import { ReferenceKind, type EntityName, type MetadataStorage } from '@mikro-orm/postgresql';

export type RecordRow = Record<string, unknown>;

/**
 * Turns raw rows into read-only records shaped like the entity (property names,
 * `{ id }` for a many-to-one, Date for timestamps) without MikroORM's
 * hydration and identity map, which cost more than the query on wide reads.
 * GraphQL resolvers read records and entities alike; writes always load
 * entities through the EntityManager.
 */
export function recordReader<Entity extends object>(metadata: MetadataStorage, entity: EntityName<Entity>) {
  const meta = metadata.get(entity);
  const columns = meta.props
    .filter((property) => property.persist !== false && property.fieldNames?.length === 1 && property.kind !== ReferenceKind.ONE_TO_MANY)
    .map((property) => ({
      property: property.name,
      column: property.fieldNames[0],
      reference: property.kind === ReferenceKind.MANY_TO_ONE,
      timestamp: property.type === 'datetime' || property.runtimeType === 'Date',
    }));
  // The entity's prototype, under own data properties, makes a record pass type-graphql's
  // `instanceof` check on roots, which would otherwise construct an entity per field resolved.
  const prototype = meta.class.prototype as object;
  return {
    table: meta.tableName,
    read(row: RecordRow): Entity {
      const record: RecordRow = {};
      for (const { property, column, reference, timestamp } of columns) {
        const value = row[column];
        record[property] = value === null || value === undefined ? null : reference ? { id: value } : timestamp ? new Date(value as string) : value;
      }
      return Object.setPrototypeOf(record, prototype) as Entity;
    },
  };
}
