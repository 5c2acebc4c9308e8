import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Locks institutions' rows until the transaction ends: every check of a
 * vacancy and every use of a post happens under it, so concurrent approvals,
 * entries and transfers of one institution are serialized. Rows are locked in
 * id order, so that two transfers between the same institutions cannot deadlock.
 */
export async function lockInstitutions(em: EntityManager, institutionIds: number[]): Promise<void> {
  const ids = [...new Set(institutionIds)].sort((a, b) => a - b);
  await em.execute(`select id from institution where id in (${ids.map(() => '?').join(', ')}) order by id for update`, ids);
}
