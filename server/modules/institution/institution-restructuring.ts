import { LockMode, ref, type EntityManager } from '@mikro-orm/postgresql';
import { requireNotBefore, requireText } from '../../common/validation';
import { badUserInput } from '../../errors';
import { EstablishmentApproval } from '../establishment/establishment-approval.entity';
import { Quota } from '../quota/quota.entity';
import { InstitutionStatus } from './institution-enums';
import { type Decision, recordChange } from './institution-history';
import { InstitutionChangeKind } from './institution-change-kind';
import { Institution } from './institution.entity';
import { InternalBody } from './internal-body.entity';
import { requireActive } from './institution-reference';
import { checkSupervisor } from './institution.service';

// Mergers, abolitions and moves (机构撤并与划转): each changes more than the one institution, in the write's transaction.

export async function moveInstitution(em: EntityManager, institution: Institution, supervisor: Institution | null, decision: Decision): Promise<void> {
  requireActive('id', institution);
  await checkSupervisor(em, institution, institution.bureau.id, supervisor);
  if ((institution.supervisingInstitution?.id ?? null) === (supervisor?.id ?? null)) throw badUserInput('supervisingInstitutionId', 'CHANGES_NOTHING');
  const before = (await institution.supervisingInstitution?.load())?.name ?? null;
  institution.supervisingInstitution = supervisor ? ref(supervisor) : null;
  recordChange(em, institution, InstitutionChangeKind.MOVED, decision, { before, after: supervisor?.name ?? null, other: supervisor });
}

/** Moves the active staff of one institution to another; their versions rise, as with any change of theirs. */
async function transferActiveStaff(em: EntityManager, from: Institution, to: Institution): Promise<void> {
  await em.execute(`update staff set institution_id = ?, version = version + 1, updated_at = now() where institution_id = ? and status = 'ACTIVE'`, [to.id, from.id], 'run');
}

async function activeStaffOf(em: EntityManager, institution: Institution): Promise<number> {
  const [{ count }] = await em.execute<{ count: number }[]>(`select count(*)::int as count from staff where institution_id = ? and status = 'ACTIVE'`, [institution.id]);
  return count;
}

/** The institution's current quotas end on the decision's date; returned so that a merger can carry them over. */
async function endQuotas(em: EntityManager, institution: Institution, decision: Decision): Promise<Quota[]> {
  const current = await em.find(Quota, { institution, supersededOn: null }, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { category: 'asc' } });
  for (const quota of current) {
    requireNotBefore('decidedOn', decision.decidedOn, 'the effective date of a current quota', quota.effectiveOn);
    quota.supersededOn = decision.decidedOn;
  }
  return current;
}

/** The institution's current 三定 and internal bodies end with it. */
async function endEstablishment(em: EntityManager, institution: Institution, decision: Decision): Promise<void> {
  const approval = await em.findOne(EstablishmentApproval, { institution, supersededOn: null }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (approval) {
    requireNotBefore('decidedOn', decision.decidedOn, 'the date of the current 三定', approval.approvedOn);
    approval.supersededOn = decision.decidedOn;
  }
  for (const body of await em.find(InternalBody, { institution, abolishedOn: null })) body.abolishedOn = decision.decidedOn;
}

function end(institution: Institution, status: InstitutionStatus, decision: Decision, mergedInto: Institution | null): void {
  institution.status = status;
  institution.endedOn = decision.decidedOn;
  institution.mergedInto = mergedInto ? ref(mergedInto) : null;
}

/**
 * Merges an institution into a surviving one: its active staff and its
 * current quotas (added to the survivor's, category by category) move there,
 * and both histories link the other. The institutions it supervised come under
 * the survivor when it belongs to the same bureau; a supervisor is always of
 * the institution's own bureau, so after a merger into another bureau's
 * institution they come under the merged one's supervisor instead.
 */
export async function mergeInstitution(em: EntityManager, merged: Institution, survivor: Institution, given: Decision): Promise<void> {
  // The survivor's new quotas carry the document too: checked before anything is written.
  const decision = { documentNumber: requireText('documentNumber', given.documentNumber, 100), decidedOn: given.decidedOn };
  requireActive('id', merged);
  requireActive('intoInstitutionId', survivor);
  if (merged.id === survivor.id) throw badUserInput('intoInstitutionId', 'MERGE_INTO_ITSELF');
  await transferActiveStaff(em, merged, survivor);
  const carried = await endQuotas(em, merged, decision);
  const replaced = new Map<string, Quota>();
  for (const quota of carried) {
    const current = await em.findOne(Quota, { institution: survivor, category: quota.category, supersededOn: null }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (current) {
      requireNotBefore('decidedOn', decision.decidedOn, "the effective date of the surviving institution's quota", current.effectiveOn);
      current.supersededOn = decision.decidedOn;
      replaced.set(quota.category, current);
    }
  }
  // Before the new rows go in: the partial unique index allows one current quota per institution and category.
  await em.flush();
  for (const quota of carried) {
    const current = replaced.get(quota.category);
    em.create(Quota, {
      institution: survivor,
      category: quota.category,
      approvedHeadcount: (current?.approvedHeadcount ?? 0) + quota.approvedHeadcount,
      documentNumber: decision.documentNumber,
      effectiveOn: decision.decidedOn,
      replaces: current ? ref(current) : null,
    });
  }
  await endEstablishment(em, merged, decision);
  const mergedSupervisor = merged.supervisingInstitution;
  const sameBureau = survivor.bureau.id === merged.bureau.id;
  for (const subordinate of await em.find(Institution, { supervisingInstitution: merged, status: InstitutionStatus.ACTIVE })) {
    subordinate.supervisingInstitution = sameBureau && subordinate.id !== survivor.id ? ref(survivor) : mergedSupervisor;
  }
  end(merged, InstitutionStatus.MERGED, decision, survivor);
  // Each side's entry names only itself: the other is a link, which reads as none to a caller who does not see it.
  recordChange(em, merged, InstitutionChangeKind.MERGED_INTO, decision, { before: merged.name, other: survivor });
  recordChange(em, survivor, InstitutionChangeKind.ABSORBED, decision, { after: survivor.name, other: merged });
}

/** Abolishes an institution that has no active staff left, or transfers them in the same change; its quotas and 三定 end. */
export async function abolishInstitution(em: EntityManager, institution: Institution, transferTo: Institution | null, decision: Decision): Promise<void> {
  const field = 'transferStaffToInstitutionId';
  requireActive('id', institution);
  const subordinates = await em.count(Institution, { supervisingInstitution: institution, status: InstitutionStatus.ACTIVE });
  if (subordinates > 0) throw badUserInput('id', 'INSTITUTION_HAS_SUBORDINATES', { name: institution.name, count: subordinates });
  if (transferTo) {
    requireActive(field, transferTo);
    if (transferTo.id === institution.id) throw badUserInput(field, 'MERGE_INTO_ITSELF');
    await transferActiveStaff(em, institution, transferTo);
  } else {
    const active = await activeStaffOf(em, institution);
    if (active > 0) throw badUserInput(field, 'INSTITUTION_HAS_ACTIVE_STAFF', { name: institution.name, count: active });
  }
  await endQuotas(em, institution, decision);
  await endEstablishment(em, institution, decision);
  end(institution, InstitutionStatus.ABOLISHED, decision, null);
  recordChange(em, institution, InstitutionChangeKind.ABOLISHED, decision, { before: institution.name, other: transferTo });
}
