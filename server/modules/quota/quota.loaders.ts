import type { EntityManager } from '@mikro-orm/postgresql';
import { byForeignKeyLoader, byIdLoader } from '../../common/loader-factories';
import { Quota } from './quota.entity';

export function createQuotaLoaders(em: EntityManager) {
  return {
    quotaById: byIdLoader(em, Quota),
    quotasByUnitId: byForeignKeyLoader(em, Quota, 'unit_id', 'category, effective_on desc, id desc'),
  };
}
