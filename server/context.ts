import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config';
import { createBureauLoaders } from './modules/bureau/bureau.loaders';
import { createQuotaLoaders } from './modules/quota/quota.loaders';
import { createStaffLoaders } from './modules/staff/staff.loaders';
import type { StaffingCache } from './modules/statistics/staffing-cache';
import { createStatisticsLoaders } from './modules/statistics/statistics.loaders';
import { createUnitLoaders } from './modules/unit/unit.loaders';
import { createWebsiteLoaders } from './modules/website/website.loaders';

function createLoaders(em: EntityManager, caches: ServerCaches) {
  return {
    ...createBureauLoaders(em),
    ...createUnitLoaders(em),
    ...createQuotaLoaders(em),
    ...createStaffLoaders(em),
    ...createWebsiteLoaders(em),
    statistics: createStatisticsLoaders(em, caches.staffing),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** What one server keeps between requests: only caches that check their own freshness against the database. */
export interface ServerCaches {
  staffing: StaffingCache;
}

/** What every resolver of one request shares: its own EntityManager and its own DataLoaders. */
export interface Context {
  em: EntityManager;
  loaders: Loaders;
  config: Config;
}

/**
 * Forks the EntityManager here rather than relying on MikroORM's RequestContext,
 * which does not survive Apollo's async hops.
 */
export function createContext(orm: MikroORM, config: Config, caches: ServerCaches): Context {
  const em = orm.em.fork();
  return { em, loaders: createLoaders(em, caches), config };
}
