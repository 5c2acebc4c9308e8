import { byForeignKeyLoader, type RecordByIdLoaders } from '../../common/loader-factories';
import type { ReadPool } from '../../database/read-pool';
import { Quota } from './quota.entity';

export function createQuotaLoaders(reads: ReadPool, recordById: RecordByIdLoaders) {
  return {
    quotaById: recordById(Quota),
    quotasByUnitId: byForeignKeyLoader(reads, Quota, 'unit_id', 'category, effective_on desc, id desc'),
  };
}
