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
  // Records share one class per entity, under the entity's prototype, so that they pass type-graphql's
  // `instanceof` check on roots (which would otherwise construct an entity per field resolved). The
  // class's prototype holds a plain data property per column, shadowing MikroORM's accessors above it:
  // the constructor's assignments make own properties, added in one order, so all records share a shape.
  class EntityRecord {
    constructor(row: RecordRow) {
      const record = this as unknown as RecordRow;
      for (const { property, column, reference, timestamp } of columns) {
        const value = row[column];
        record[property] = value === null || value === undefined ? null : reference ? { id: value } : timestamp ? new Date(value as string) : value;
      }
    }
  }
  Object.setPrototypeOf(EntityRecord.prototype, meta.class.prototype as object);
  // Named as the entity, as a record whose prototype was the entity's was.
  Object.defineProperty(EntityRecord.prototype, 'constructor', { value: meta.class, writable: true, configurable: true });
  for (const { property } of columns) Object.defineProperty(EntityRecord.prototype, property, { value: undefined, writable: true, configurable: true });
  return {
    table: meta.tableName,
    read(row: RecordRow): Entity {
      return new EntityRecord(row) as unknown as Entity;
    },
  };
}
