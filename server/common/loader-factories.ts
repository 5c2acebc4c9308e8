import type { EntityManager, EntityName } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { recordReader } from './read-records';

/** Batches lookups by id into one `where id in (...)` per tick. */
export function byIdLoader<Entity extends { id: number }>(em: EntityManager, entity: EntityName<Entity>): DataLoader<number, Entity | null> {
  const reader = recordReader(em, entity);
  return new DataLoader(async (ids) => {
    const rows: Record<string, unknown>[] = await em.getConnection().execute(`select * from "${reader.table}" where id in (?)`, [ids as number[]]);
    const byId = new Map(rows.map((row) => [row.id as number, reader.read(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * Batches "all rows whose `foreignKeyColumn` is one of these ids" into one
 * query per tick, ordered by `orderBy` (SQL).
 */
export function byForeignKeyLoader<Entity extends object>(
  em: EntityManager,
  entity: EntityName<Entity>,
  foreignKeyColumn: string,
  orderBy: string,
): DataLoader<number, Entity[]> {
  const reader = recordReader(em, entity);
  return new DataLoader(async (ids) => {
    const rows: Record<string, unknown>[] = await em
      .getConnection()
      .execute(`select * from "${reader.table}" where "${foreignKeyColumn}" in (?) order by ${orderBy}`, [ids as number[]]);
    const groups = new Map<number, Entity[]>(ids.map((id) => [id, []]));
    for (const row of rows) groups.get(row[foreignKeyColumn] as number)?.push(reader.read(row));
    return ids.map((id) => groups.get(id) ?? []);
  });
}
