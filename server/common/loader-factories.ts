import type { EntityManager, EntityName, FilterQuery, QueryOrderMap } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';

/** Batches lookups by id into one `where id in (...)` per tick. */
export function byIdLoader<Entity extends { id: number }>(
  em: EntityManager,
  entity: EntityName<Entity>,
): DataLoader<number, Entity | null> {
  return new DataLoader(async (ids) => {
    const rows = await em.find(entity, { id: { $in: [...ids] } } as unknown as FilterQuery<Entity>);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Batches "all rows whose `foreignKey` is one of these ids" into one query per tick. */
export function byForeignKeyLoader<Entity extends object>(
  em: EntityManager,
  entity: EntityName<Entity>,
  foreignKey: string & keyof Entity,
  orderBy: QueryOrderMap<Entity>,
): DataLoader<number, Entity[]> {
  return new DataLoader(async (ids) => {
    const rows = await em.find(entity, { [foreignKey]: { $in: [...ids] } } as unknown as FilterQuery<Entity>, { orderBy });
    const groups = new Map<number, Entity[]>(ids.map((id) => [id, []]));
    for (const row of rows) {
      const owner = row[foreignKey] as unknown as { id: number } | null;
      if (owner) groups.get(owner.id)?.push(row);
    }
    return ids.map((id) => groups.get(id) ?? []);
  });
}
