import type { EntityManager } from '@mikro-orm/postgresql';
import { byForeignKeyLoader, byIdLoader } from '../../common/loader-factories';
import { Staff } from './staff.entity';

export function createStaffLoaders(em: EntityManager) {
  return {
    staffById: byIdLoader(em, Staff),
    staffByUnitId: byForeignKeyLoader(em, Staff, 'unit_id', 'name, id'),
  };
}
