import type { EntityManager } from '@mikro-orm/postgresql';
import { byForeignKeyLoader } from '../../common/loader-factories';
import { Staff } from './staff.entity';

export function createStaffLoaders(em: EntityManager) {
  return {
    staffByUnitId: byForeignKeyLoader(em, Staff, 'unit', { name: 'asc', id: 'asc' }),
  };
}
