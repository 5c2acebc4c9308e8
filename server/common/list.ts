import type { EntityClass, FilterQuery, QueryOrderMap } from '@mikro-orm/postgresql';
import type { Context } from '../context';
import { checkPage, type PageArguments, SortDirection } from './list-arguments';
import { coverListScope } from '../modules/access/record-access';
import { shapeOf, StatementTemplates, withVariables } from './statement-templates';

export interface ListRequest<Entity extends object> {
  where: FilterQuery<Entity>;
  /** Property to sort by; `id` breaks ties so that pages are stable. */
  sortBy: string;
  direction: SortDirection;
  page: PageArguments;
}

/**
 * A record each row refers to, read in the page's own statement: a select
 * expression over the row (`"record"` in SQL) and what to do with its value,
 * e.g. prime the loader the item's field reads.
 */
export interface ReadAlong {
  expression: string;
  take(value: unknown): void;
}

/** Every list's page statement, by the shape of its conditions, order and read-along (see statement-templates.ts). */
const pageStatements = new StatementTemplates();

/** The column a read-along record comes back in. */
const alongColumn = 'read_along';

/** The column the page's statement adds to each row: how many rows match in all. */
const totalColumn = 'matching_in_all';

/**
 * A page of records and the count of all that match, in one statement on the
 * request's read pool like every other GraphQL read: MikroORM's query builder
 * only writes the SQL (joins for conditions through references included), and
 * the rows become records as the loaders make them. The count is a subquery of
 * its own, planned apart from the page (a window `count(*) over ()` would make
 * the database read every matching row before cutting the page, where the page
 * alone walks an index in order and stops). A page past the end has no row to
 * carry the count, so only then (and for a page of none) is it counted on its
 * own.
 */
export async function listPage<Entity extends object>(
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
  // count(*), not of the id: the count can then be answered from an index on the confining column alone.
  const countQuery = (conditions: FilterQuery<Entity> = where) =>
    context.em.createQueryBuilder(entity, 'record').count('record.id').where(conditions).getKnexQuery().clearSelect().count({ count: '*' });
  const variables: (string | number)[] = [];
  const conditions = shapeOf(where, variables);
  variables.push(page.limit, page.offset);
  const shape = conditions === undefined ? undefined : JSON.stringify([entity.name, conditions, sortBy, order, along?.expression ?? null]);
  const [rowsSql, rowsBindings] = pageStatements.statement(shape, variables, (given) => {
    const [limit, offset] = given.slice(-2) as number[];
    const givenWhere = shape === undefined ? where : withVariables(where, given.slice(0, -2));
    const rowsQuery = context.em.createQueryBuilder(entity, 'record').select('record.*').where(givenWhere).orderBy(orderBy).limit(limit).offset(offset).getKnexQuery();
    rowsQuery.select(countQuery(givenWhere).as(totalColumn));
    if (!along) return nativeSql(rowsQuery);
    // Read along for the page's rows alone: in the same select, it would be read for every row the offset skips too.
    const knex = context.em.getKnex();
    const pageOrder = orderColumns(context, entity, sortBy).map((column) => ({ column: `record.${column}`, order }));
    return nativeSql(knex.select('record.*', knex.raw(`${along.expression} as ${alongColumn}`)).from(rowsQuery.as('record')).orderBy(pageOrder));
  });
  // A LIKE's selectivity (a subtree, a name searched) varies too much between values for one plan to serve them all.
  const planEachTime = shape?.includes('"$like"') ?? false;
  const rowsRead = page.limit === 0 ? Promise.resolve([]) : reads.rows<Record<string, unknown>>(rowsSql, rowsBindings, { planEachTime });
  // Records read along are most often the ones that confine the list (a staff page's institution): the scope waits for them rather than read them again.
  const [rows] = along ? [await rowsRead] : await Promise.all([rowsRead, coverListScope(context, entity, where)]);
  if (along) {
    for (const row of rows) along.take(row[alongColumn]);
    await coverListScope(context, entity, where);
  }
  if (rows.length > 0) return { items: rows.map((row) => reader.read(row)), totalCount: Number(rows[0][totalColumn]) };
  if (page.offset === 0 && page.limit > 0) return { items: [], totalCount: 0 };
  const [countSql, countBindings] = nativeSql(countQuery());
  const [counted] = await reads.rows<{ count: string | number }>(countSql, countBindings, { planEachTime });
  return { items: [], totalCount: Number(counted.count) };
}

/** The columns a list is ordered by: the sort field's, then the id's. */
function orderColumns(context: Context, entity: EntityClass<object>, sortBy: string): string[] {
  const properties = context.em.getMetadata().get(entity.name).properties as Record<string, { fieldNames: string[] }>;
  return sortBy === 'id' ? properties.id.fieldNames : [...properties[sortBy].fieldNames, ...properties.id.fieldNames];
}

/** The builder's SQL with `$n` placeholders and its bindings, as `pg` takes them. */
function nativeSql(query: { toSQL(): { toNative(): { sql: string; bindings: readonly unknown[] } } }): [string, unknown[]] {
  const { sql, bindings } = query.toSQL().toNative();
  return [sql, [...bindings]];
}

/** Escapes LIKE wildcards so that user text matches literally. */
export function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
