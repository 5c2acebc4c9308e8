import type { EntityManager, EntityName, FilterQuery, QueryOrderMap } from '@mikro-orm/postgresql';
import { checkPage, type PageArguments, SortDirection } from './list-arguments';

export interface ListRequest<Entity extends object> {
  where: FilterQuery<Entity>;
  /** Property to sort by; `id` breaks ties so that pages are stable. */
  sortBy: string;
  direction: SortDirection;
  page: PageArguments;
}

export async function listPage<Entity extends object>(
  em: EntityManager,
  entity: EntityName<Entity>,
  { where, sortBy, direction, page }: ListRequest<Entity>,
): Promise<{ items: Entity[]; totalCount: number }> {
  checkPage(page);
  const order = direction === SortDirection.DESC ? 'desc' : 'asc';
  const orderBy = (sortBy === 'id' ? { id: order } : { [sortBy]: order, id: order }) as QueryOrderMap<Entity>;
  const [items, totalCount] = await em.findAndCount(entity, where, {
    orderBy,
    limit: page.limit,
    offset: page.offset,
  });
  return { items, totalCount };
}

/** Escapes LIKE wildcards so that user text matches literally. */
export function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
