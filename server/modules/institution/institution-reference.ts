import type { EntityManager } from '@mikro-orm/postgresql';
import { parseId } from '../../common/validation';
import { badUserInput, unknownReference } from '../../errors';
import { Institution } from './institution.entity';
import { InstitutionStatus } from './institution-enums';

/** The institution an input names in `field`; an unknown id is bad input naming that field. */
export async function loadInstitutionReference(em: EntityManager, field: string, institutionId: string): Promise<Institution> {
  const institution = await em.findOne(Institution, { id: parseId(field, institutionId) });
  if (!institution) throw unknownReference(field, 'institution', institutionId);
  return institution;
}

/** Merged and abolished institutions are history: they take no new staff, quotas, approvals or changes. */
export function requireActive(field: string, institution: Institution): Institution {
  if (institution.status !== InstitutionStatus.ACTIVE) throw badUserInput(field, 'INSTITUTION_NOT_ACTIVE', { name: institution.name });
  return institution;
}
