import type { EntityManager } from '@mikro-orm/postgresql';
import { parseId } from '../../common/validation';
import { unknownReference } from '../../errors';
import { Bureau } from './bureau.entity';

/** The bureau an input names in `field`; an unknown id is bad input naming that field. */
export async function loadBureauReference(em: EntityManager, field: string, bureauId: string): Promise<Bureau> {
  const bureau = await em.findOne(Bureau, { id: parseId(field, bureauId) });
  if (!bureau) throw unknownReference(field, 'bureau', bureauId);
  return bureau;
}
