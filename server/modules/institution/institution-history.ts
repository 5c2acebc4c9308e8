import { ref, type EntityManager } from '@mikro-orm/postgresql';
import { requireText } from '../../common/validation';
import type { Institution } from './institution.entity';
import { InstitutionChange } from './institution-change.entity';
import type { InstitutionChangeKind } from './institution-change-kind';

export interface Decision {
  documentNumber: string;
  decidedOn: string;
}

/** Appends one change to an institution's history (机构沿革), in the write's transaction. */
export function recordChange(
  em: EntityManager,
  institution: Institution,
  kind: InstitutionChangeKind,
  decision: Decision,
  details: { before?: string | null; after?: string | null; other?: Institution | null } = {},
): InstitutionChange {
  return em.create(InstitutionChange, {
    institution,
    kind,
    documentNumber: requireText('documentNumber', decision.documentNumber, 100),
    decidedOn: decision.decidedOn,
    before: details.before ?? null,
    after: details.after ?? null,
    otherInstitution: details.other ? ref(details.other) : null,
  });
}
