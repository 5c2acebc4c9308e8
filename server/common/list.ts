import type { EntityClass, FilterQuery, QueryOrderMap } from '@mikro-orm/postgresql';
import type { Context } from '../context';
import { checkPage, type PageArguments, SortDirection } from './list-arguments';
import { coverListScope } from '../modules/access/record-access';

export interface ListRequest<Entity extends object> {
  where: FilterQuery<Entity>;
  /** Property to sort by; `id` breaks ties so that pages are stable. */
  sortBy: string;
  direction: SortDirection;
  page: PageArguments;
}

/**
 * A page of records and the count of all that match, read on the request's
 * read pool like every other GraphQL read: MikroORM's query builder only
 * writes the SQL (joins for conditions through references included), and the
 * rows become records as the loaders make them.
 */
export async function listPage<Entity extends object>(
  context: Context,
  entity: EntityClass<Entity>,
  { where, sortBy, direction, page }: ListRequest<Entity>,
): Promise<{ items: Entity[]; totalCount: number }> {
  checkPage(page);
  const order = direction === SortDirection.DESC ? 'desc' : 'asc';
  const orderBy = (sortBy === 'id' ? { id: order } : { [sortBy]: order, id: order }) as QueryOrderMap<Entity>;
  const { reads } = context;
  const reader = reads.reader(entity);
  const rowsQuery = context.em.createQueryBuilder(entity, 'record').select('record.*').where(where).orderBy(orderBy).limit(page.limit).offset(page.offset);
  const countQuery = context.em.createQueryBuilder(entity, 'record').count('record.id').where(where);
  const [rows, [counted]] = await Promise.all([
    reads.rows<Record<string, unknown>>(...nativeSql(rowsQuery)),
    reads.rows<{ count: string | number }>(...nativeSql(countQuery)),
    coverListScope(context, entity, where),
  ]);
  return { items: rows.map((row) => reader.read(row)), totalCount: Number(counted.count) };
}

/** The builder's SQL with `$n` placeholders and its bindings, as `pg` takes them. */
function nativeSql(query: { getKnexQuery(): { toSQL(): { toNative(): { sql: string; bindings: readonly unknown[] } } } }): [string, unknown[]] {
  const { sql, bindings } = query.getKnexQuery().toSQL().toNative();
  return [sql, [...bindings]];
}

/** Escapes LIKE wildcards so that user text matches literally. */
export function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
