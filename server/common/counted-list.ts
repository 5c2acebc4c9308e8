import { raw, type EntityClass, type QueryOrderMap } from '@mikro-orm/postgresql';
import type { Context } from '../context';
import type { ListRequest } from './list';
import { checkPage, SortDirection } from './list-arguments';

/** The column the page's statement adds to each row: how many rows match in all. */
const totalColumn = 'matching_in_all';

/**
 * A page of records and the count of all that match in one statement (the
 * count as a window over every matching row, read before the page is cut),
 * for the lists asked most: a second statement is a round trip and a plan
 * more per request. A page past the end has no row to carry the count, so only
 * then (and for a page of none) is it counted on its own.
 */
export async function listCountedPage<Entity extends object>(
  context: Context,
  entity: EntityClass<Entity>,
  { where, sortBy, direction, page }: ListRequest<Entity>,
): Promise<{ items: Entity[]; totalCount: number }> {
  checkPage(page);
  const order = direction === SortDirection.DESC ? 'desc' : 'asc';
  const orderBy = (sortBy === 'id' ? { id: order } : { [sortBy]: order, id: order }) as QueryOrderMap<Entity>;
  const { reads } = context;
  const reader = reads.reader(entity);
  const rowsQuery = context.em
    .createQueryBuilder(entity, 'record')
    .select(['record.*', raw(`count(*) over () as ${totalColumn}`)])
    .where(where)
    .orderBy(orderBy)
    .limit(page.limit)
    .offset(page.offset);
  const rows = page.limit === 0 ? [] : await reads.rows<Record<string, unknown>>(...nativeSql(rowsQuery));
  if (rows.length > 0) return { items: rows.map((row) => reader.read(row)), totalCount: Number(rows[0][totalColumn]) };
  if (page.offset === 0 && page.limit > 0) return { items: [], totalCount: 0 };
  const [counted] = await reads.rows<{ count: string | number }>(...nativeSql(context.em.createQueryBuilder(entity, 'record').count('record.id').where(where)));
  return { items: [], totalCount: Number(counted.count) };
}

/** The builder's SQL with `$n` placeholders and its bindings, as `pg` takes them. */
function nativeSql(query: { getKnexQuery(): { toSQL(): { toNative(): { sql: string; bindings: readonly unknown[] } } } }): [string, unknown[]] {
  const { sql, bindings } = query.getKnexQuery().toSQL().toNative();
  return [sql, [...bindings]];
}
