import type { EntityClass, QueryOrderMap } from '@mikro-orm/postgresql';
import type { Context } from '../context';
import type { ListRequest } from './list';
import { checkPage, SortDirection } from './list-arguments';

/**
 * A record each row refers to, read in the page's own statement: a select
 * expression over the row (`"record"` in SQL) and what to do with its value,
 * e.g. prime the loader the item's field reads.
 */
export interface ReadAlong {
  expression: string;
  take(value: unknown): void;
}

/** The column a read-along record comes back in. */
const alongColumn = 'read_along';

/** The column the page's statement adds to each row: how many rows match in all. */
const totalColumn = 'matching_in_all';

/**
 * A page of records and the count of all that match in one statement, for the
 * lists asked most: a second statement is a round trip more per request. The
 * count is a subquery of its own, planned apart from the page (a window
 * `count(*) over ()` would make the database read every matching row before
 * cutting the page, where the page alone walks an index in order and stops).
 * A page past the end has no row to carry the count, so only then (and for a
 * page of none) is it counted on its own.
 */
export async function listCountedPage<Entity extends object>(
  context: Context,
  entity: EntityClass<Entity>,
  { where, sortBy, direction, page }: ListRequest<Entity>,
  along?: ReadAlong,
): Promise<{ items: Entity[]; totalCount: number }> {
  checkPage(page);
  const order = direction === SortDirection.DESC ? 'desc' : 'asc';
  const orderBy = (sortBy === 'id' ? { id: order } : { [sortBy]: order, id: order }) as QueryOrderMap<Entity>;
  const { reads } = context;
  const reader = reads.reader(entity);
  const countQuery = () => context.em.createQueryBuilder(entity, 'record').count('record.id').where(where).getKnexQuery();
  const rowsQuery = context.em.createQueryBuilder(entity, 'record').select('record.*').where(where).orderBy(orderBy).limit(page.limit).offset(page.offset).getKnexQuery();
  rowsQuery.select(countQuery().as(totalColumn));
  if (along) rowsQuery.select(context.em.getKnex().raw(`${along.expression} as ${alongColumn}`));
  const rows = page.limit === 0 ? [] : await reads.rows<Record<string, unknown>>(...nativeSql(rowsQuery));
  if (rows.length > 0) {
    if (along) for (const row of rows) along.take(row[alongColumn]);
    return { items: rows.map((row) => reader.read(row)), totalCount: Number(rows[0][totalColumn]) };
  }
  if (page.offset === 0 && page.limit > 0) return { items: [], totalCount: 0 };
  const [counted] = await reads.rows<{ count: string | number }>(...nativeSql(countQuery()));
  return { items: [], totalCount: Number(counted.count) };
}

/** The builder's SQL with `$n` placeholders and its bindings, as `pg` takes them. */
function nativeSql(query: { toSQL(): { toNative(): { sql: string; bindings: readonly unknown[] } } }): [string, unknown[]] {
  const { sql, bindings } = query.toSQL().toNative();
  return [sql, [...bindings]];
}
