import { ref, type EntityManager } from '@mikro-orm/postgresql';
import { requireNotBefore } from '../../common/validation';
import { badUserInput } from '../../errors';
import { StaffStatus } from '../staff/staff-enums';
import type { PersonInput } from '../staff/person.inputs';
import { createStaff } from '../staff/staff.service';
import type { Staff } from '../staff/staff.entity';
import { StaffEntryKind } from './entry-kind';
import { lockInstitutions } from './institution-lock';
import type { StaffingUseApproval } from './staffing-use-approval.entity';
import type { StaffingUseStatus } from './staffing-use-enums';
import type { EnterEstablishmentInput } from './entry.inputs';

/** Approved and active in one staffing cell, as the staffing rule's view states them. */
async function cell(em: EntityManager, institutionId: number, dimension: 'CATEGORY' | 'TIER', key: string): Promise<{ approved: number; active: number }> {
  const [row] = await em.execute<{ approved: number; active: number }[]>('select approved, active from staffing_cell_status where institution_id = ? and dimension = ? and key = ?', [institutionId, dimension, key]);
  return row ?? { approved: 0, active: 0 };
}

/** How the entry came about: entered against the approval, or transferred in from a record it leaves. */
export interface EntryCircumstances {
  enteredOn: string;
  /** The field the entry date was given in, for errors. */
  dateField: string;
  transferredFrom?: Staff;
}

/**
 * Uses one post of an approval for a person, in the caller's transaction,
 * which must hold the approval's institution's lock: the approval must still
 * be open with a post left and, when it names a person, be for this one; the
 * entry must not take the institution over its quota (a later 三定 may have
 * cut it), and the person must be active nowhere else.
 */
export async function fillApprovedPost(em: EntityManager, approval: StaffingUseApproval, entrant: PersonInput, circumstances: EntryCircumstances): Promise<Staff> {
  await em.refresh(approval);
  const [standing] = await em.execute<{ status: StaffingUseStatus }[]>('select status from staffing_use_standing where id = ?', [approval.id]);
  if (standing.status !== 'OPEN') throw badUserInput('approvalId', 'APPROVAL_NOT_OPEN', { status: standing.status });
  if (approval.transfereeNationalId !== null && approval.transfereeNationalId !== entrant.nationalId.trim().toUpperCase()) {
    throw badUserInput('approvalId', 'APPROVAL_FOR_ANOTHER_PERSON');
  }
  requireNotBefore(circumstances.dateField, circumstances.enteredOn, 'the approval\'s issue date', approval.issuedOn);
  if (circumstances.enteredOn > approval.validUntil) throw badUserInput(circumstances.dateField, 'ENTRY_AFTER_VALIDITY', { validUntil: approval.validUntil });
  const category = await cell(em, approval.institution.id, 'CATEGORY', approval.category);
  if (category.active + 1 > category.approved) throw badUserInput('approvalId', 'NO_VACANCY', { free: Math.max(category.approved - category.active, 0) });
  if (approval.tier) {
    const tier = await cell(em, approval.institution.id, 'TIER', approval.tier);
    if (tier.active + 1 > tier.approved) throw badUserInput('approvalId', 'NO_VACANT_POSITION', { free: Math.max(tier.approved - tier.active, 0) });
  }
  const staff = await createStaff(em, {
    ...entrant,
    institutionId: String(approval.institution.id),
    quotaCategory: approval.category,
    leadershipTier: approval.tier,
    hiredOn: circumstances.enteredOn,
    status: StaffStatus.ACTIVE,
  });
  staff.entryApproval = ref(approval);
  staff.entryKind = circumstances.transferredFrom ? StaffEntryKind.TRANSFER : StaffEntryKind.APPROVAL;
  staff.transferredFrom = circumstances.transferredFrom ? ref(circumstances.transferredFrom) : null;
  approval.usedCount += 1;
  return staff;
}

/** A person enters against an approval (入编), under the institution's lock, as approvals are made. */
export async function enterEstablishment(em: EntityManager, approval: StaffingUseApproval, input: EnterEstablishmentInput): Promise<Staff> {
  await lockInstitutions(em, [approval.institution.id]);
  return fillApprovedPost(em, approval, input, { enteredOn: input.enteredOn, dateField: 'enteredOn' });
}
