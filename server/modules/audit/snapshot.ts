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
