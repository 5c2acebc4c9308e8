import type { EntityManager } from '@mikro-orm/postgresql';
import { byForeignKeyLoader, byIdLoader } from '../../common/loader-factories';
import { Quota } from './quota.entity';

export function createQuotaLoaders(em: EntityManager) {
  return {
    quotaById: byIdLoader(em, Quota),
    quotasByUnitId: byForeignKeyLoader(em, Quota, 'unit', { category: 'asc', effectiveOn: 'desc', id: 'desc' }),
  };
}
