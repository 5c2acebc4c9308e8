import { LockMode, ref, type EntityManager } from '@mikro-orm/postgresql';
import { refuseNulls, requireNonNegativeInteger, requireNotBefore, requireText } from '../../common/validation';
import { badUserInput } from '../../errors';
import { loadInstitutionReference, requireActive } from '../institution/institution-reference';
import { Quota } from './quota.entity';
import type { CreateQuotaInput, UpdateQuotaInput } from './quota.inputs';

function checkFigures(approvedHeadcount: number): void {
  requireNonNegativeInteger('approvedHeadcount', approvedHeadcount);
}

/**
 * A new approval supersedes the current quota of the institution and category. The
 * current row is locked so that two approvals at once are serialized; the
 * partial unique index on current quotas is the last word.
 */
export async function createQuota(transaction: EntityManager, input: CreateQuotaInput): Promise<Quota> {
  checkFigures(input.approvedHeadcount);
  const documentNumber = requireText('documentNumber', input.documentNumber, 100);
  const institution = requireActive('institutionId', await loadInstitutionReference(transaction, 'institutionId', input.institutionId));
  const current = await transaction.findOne(
    Quota,
    { institution, category: input.category, supersededOn: null },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  if (current) {
    requireNotBefore('effectiveOn', input.effectiveOn, 'the effective date of the current quota', current.effectiveOn);
    current.supersededOn = input.effectiveOn;
    // Before the new row goes in: the partial unique index allows one current quota per unit and category.
    await transaction.flush();
  }
  return transaction.create(Quota, {
    institution,
    category: input.category,
    approvedHeadcount: input.approvedHeadcount,
    documentNumber,
    effectiveOn: input.effectiveOn,
    replaces: current ? ref(current) : null,
  });
}

export async function updateQuota(quota: Quota, input: UpdateQuotaInput): Promise<void> {
  refuseNulls(input);
  const approvedHeadcount = input.approvedHeadcount ?? quota.approvedHeadcount;
  checkFigures(approvedHeadcount);
  if (input.effectiveOn !== undefined) {
    const predecessor = await quota.replaces?.load();
    if (predecessor) requireNotBefore('effectiveOn', input.effectiveOn, 'the effective date of the quota it supersedes', predecessor.effectiveOn);
    if (quota.supersededOn && input.effectiveOn > quota.supersededOn) {
      throw badUserInput('effectiveOn', 'EFFECTIVE_AFTER_SUPERSEDED', { supersededOn: String(quota.supersededOn) });
    }
    quota.effectiveOn = input.effectiveOn;
    if (predecessor) predecessor.supersededOn = input.effectiveOn;
  }
  quota.approvedHeadcount = approvedHeadcount;
  if (input.documentNumber !== undefined) quota.documentNumber = requireText('documentNumber', input.documentNumber, 100);
}

/** Deleting the current quota (an approval entered by mistake) makes the one it superseded current again. */
export async function restorePredecessor(quota: Quota): Promise<void> {
  const predecessor = quota.supersededOn === null ? await quota.replaces?.load() : undefined;
  if (predecessor) predecessor.supersededOn = null;
}
