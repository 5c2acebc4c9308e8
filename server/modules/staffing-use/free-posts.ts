import type { EntityManager } from '@mikro-orm/postgresql';

/** Posts free in one cell of an institution, as the view `staffing_vacancy` states it: approved minus active minus held by open approvals. */
export async function freePosts(em: EntityManager, institutionId: number, dimension: 'CATEGORY' | 'TIER', key: string): Promise<number> {
  const [row] = await em.execute<{ free: number }[]>('select free from staffing_vacancy where institution_id = ? and dimension = ? and key = ?', [institutionId, dimension, key]);
  return row?.free ?? 0;
}
