import type { EntityManager } from '@mikro-orm/postgresql';
import { requireNotBefore } from '../../common/validation';
import { badUserInput } from '../../errors';
import { StaffStatus } from '../staff/staff-enums';
import { createStaff } from '../staff/staff.service';
import type { Staff } from '../staff/staff.entity';
import type { StaffingUseApproval } from './staffing-use-approval.entity';
import type { StaffingUseStatus } from './staffing-use-enums';
import type { EnterEstablishmentInput } from './entry.inputs';

/** Approved and active in one staffing cell, as the staffing rule's view states them. */
async function cell(em: EntityManager, institutionId: number, dimension: 'CATEGORY' | 'TIER', key: string): Promise<{ approved: number; active: number }> {
  const [row] = await em.execute<{ approved: number; active: number }[]>('select approved, active from staffing_cell_status where institution_id = ? and dimension = ? and key = ?', [institutionId, dimension, key]);
  return row ?? { approved: 0, active: 0 };
}

/**
 * A person enters against an approval (入编), under the institution's row lock,
 * as approvals are made: the approval must still be open with a post left, the
 * entry must not take the institution over its quota (a later 三定 may have cut
 * it), and the person must be active nowhere else. One of the approval's posts
 * is used in the same transaction.
 */
export async function enterEstablishment(em: EntityManager, approval: StaffingUseApproval, input: EnterEstablishmentInput): Promise<Staff> {
  await em.execute('select id from institution where id = ? for update', [approval.institution.id]);
  await em.refresh(approval);
  const [standing] = await em.execute<{ status: StaffingUseStatus }[]>('select status from staffing_use_standing where id = ?', [approval.id]);
  if (standing.status !== 'OPEN') throw badUserInput('approvalId', 'APPROVAL_NOT_OPEN', { status: standing.status });
  requireNotBefore('enteredOn', input.enteredOn, 'the approval\'s issue date', approval.issuedOn);
  if (input.enteredOn > approval.validUntil) throw badUserInput('enteredOn', 'ENTRY_AFTER_VALIDITY', { validUntil: approval.validUntil });
  const category = await cell(em, approval.institution.id, 'CATEGORY', approval.category);
  if (category.active + 1 > category.approved) throw badUserInput('approvalId', 'NO_VACANCY', { free: Math.max(category.approved - category.active, 0) });
  if (approval.tier) {
    const tier = await cell(em, approval.institution.id, 'TIER', approval.tier);
    if (tier.active + 1 > tier.approved) throw badUserInput('approvalId', 'NO_VACANT_POSITION', { free: Math.max(tier.approved - tier.active, 0) });
  }
  const staff = await createStaff(em, {
    institutionId: String(approval.institution.id),
    quotaCategory: approval.category,
    leadershipTier: approval.tier,
    name: input.name,
    nationalId: input.nationalId,
    gender: input.gender,
    birthDate: input.birthDate,
    education: input.education,
    position: input.position,
    hiredOn: input.enteredOn,
    status: StaffStatus.ACTIVE,
  });
  approval.usedCount += 1;
  return staff;
}
