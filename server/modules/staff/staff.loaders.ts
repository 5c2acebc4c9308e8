import { byForeignKeyLoader, type RecordByIdLoaders } from '../../common/loader-factories';
import type { ReadPool } from '../../database/read-pool';
import { Staff } from './staff.entity';

export function createStaffLoaders(reads: ReadPool, recordById: RecordByIdLoaders) {
  return {
    staffById: recordById(Staff),
    staffByUnitId: byForeignKeyLoader(reads, Staff, 'unit_id', 'name, id'),
  };
}
