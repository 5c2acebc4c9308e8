import type { EntityClass, EntityName } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { ReadPool } from '../database/read-pool';

/** Batches lookups by id into one `where id = any($1)` per tick. */
/** How a by-id loader reads a record's bureau path in the same statement (see placement's pathReadingFor). */
export interface PathReading {
  joins: string;
  path: string;
  remember: (record: object, path: string) => void;
}

export function byIdLoader<Entity extends { id: number }>(reads: ReadPool, entity: EntityName<Entity>, pathReading: PathReading | null = null): DataLoader<number, Entity | null> {
  const reader = reads.reader(entity);
  const sql = pathReading
    ? `select t0.*, ${pathReading.path} as bureau_path_read from "${reader.table}" t0 ${pathReading.joins} where t0.id = any($1::int[])`
    : `select * from "${reader.table}" where id = any($1::int[])`;
  return new DataLoader(async (ids) => {
    const rows = await reads.rows<Record<string, unknown>>(sql, [ids]);
    const byId = new Map(
      rows.map((row) => {
        const record = reader.read(row);
        pathReading?.remember(record, row.bureau_path_read as string);
        return [row.id as number, record];
      }),
    );
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * Batches "all rows whose `foreignKeyColumn` is one of these ids" into one
 * query per tick, ordered by `orderBy` (SQL).
 */
export function byForeignKeyLoader<Entity extends object>(
  reads: ReadPool,
  entity: EntityName<Entity>,
  foreignKeyColumn: string,
  orderBy: string,
): DataLoader<number, Entity[]> {
  const reader = reads.reader(entity);
  const sql = `select * from "${reader.table}" where "${foreignKeyColumn}" = any($1::int[]) order by ${orderBy}`;
  return new DataLoader(async (ids) => {
    const rows = await reads.rows<Record<string, unknown>>(sql, [ids]);
    const groups = new Map<number, Entity[]>(ids.map((id) => [id, []]));
    for (const row of rows) groups.get(row[foreignKeyColumn] as number)?.push(reader.read(row));
    return ids.map((id) => groups.get(id) ?? []);
  });
}

export type RecordByIdLoaders = <Entity extends { id: number }>(entity: EntityClass<Entity>) => DataLoader<number, Entity | null>;

/** One by-id loader per record type and request, made when first asked for: modules and placement share it. */
export function recordByIdLoaders(reads: ReadPool, pathReadingFor: (entity: EntityClass<object>) => PathReading | null = () => null): RecordByIdLoaders {
  const loaders = new Map<EntityClass<object>, DataLoader<number, object | null>>();
  return <Entity extends { id: number }>(entity: EntityClass<Entity>) => {
    let loader = loaders.get(entity as EntityClass<object>);
    if (!loader) loaders.set(entity as EntityClass<object>, (loader = byIdLoader(reads, entity, pathReadingFor(entity as EntityClass<object>)) as DataLoader<number, object | null>));
    return loader as DataLoader<number, Entity | null>;
  };
}
