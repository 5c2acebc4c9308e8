import { byForeignKeyLoader, byIdLoader } from '../../common/loader-factories';
import type { ReadPool } from '../../database/read-pool';
import { Staff } from './staff.entity';

export function createStaffLoaders(reads: ReadPool) {
  return {
    staffById: byIdLoader(reads, Staff),
    staffByUnitId: byForeignKeyLoader(reads, Staff, 'unit_id', 'name, id'),
  };
}
