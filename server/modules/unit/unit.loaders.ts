import type { EntityManager } from '@mikro-orm/postgresql';
import { byForeignKeyLoader, byIdLoader } from '../../common/loader-factories';
import { EGovUnit } from './unit.entity';

export function createUnitLoaders(em: EntityManager) {
  return {
    unitById: byIdLoader(em, EGovUnit),
    unitsByBureauId: byForeignKeyLoader(em, EGovUnit, 'bureau', { id: 'asc' }),
  };
}
