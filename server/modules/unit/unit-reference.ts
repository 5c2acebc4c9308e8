import type { EntityManager } from '@mikro-orm/postgresql';
import { parseId } from '../../common/validation';
import { unknownReference } from '../../errors';
import { EGovUnit } from './unit.entity';

/** The e-government unit an input names in `unitId`; an unknown id is bad input naming that field. */
export async function loadUnitReference(em: EntityManager, unitId: string): Promise<EGovUnit> {
  const unit = await em.findOne(EGovUnit, { id: parseId('unitId', unitId) });
  if (!unit) throw unknownReference('unitId', 'e-government unit', unitId);
  return unit;
}
