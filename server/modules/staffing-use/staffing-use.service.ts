import type { EntityManager } from '@mikro-orm/postgresql';
import { requireNotBefore, requireNotInFuture, requireText, todayInChina } from '../../common/validation';
import { badUserInput, inputProblemError } from '../../errors';
import { readNationalId } from '../staff/national-id';
import { lockInstitutions } from './institution-lock';
import { freePosts } from './free-posts';
import { requireActive } from '../institution/institution-reference';
import type { Institution } from '../institution/institution.entity';
import { StaffingUseApproval } from './staffing-use-approval.entity';
import type { ApproveStaffingUseInput } from './staffing-use.inputs';

/** The national ID an approval names, checked as a staff record's would be. */
function readTransferee(text: string, count: number): string {
  const nationalId = text.trim().toUpperCase();
  const facts = readNationalId(nationalId);
  if ('problem' in facts) throw inputProblemError('transfereeNationalId', facts.problem);
  if (count !== 1) throw badUserInput('transfereeNationalId', 'APPROVAL_FOR_ONE_PERSON');
  return nationalId;
}

/**
 * Approves the use of posts, under the institution's row lock: concurrent
 * approvals for one institution are serialized, each reading the vacancies
 * its predecessors left (read committed), so no two can take the same post.
 */
export async function approveStaffingUse(em: EntityManager, institution: Institution, input: ApproveStaffingUseInput): Promise<StaffingUseApproval> {
  requireActive('institutionId', institution);
  if (!Number.isInteger(input.count) || input.count < 1) throw badUserInput('count', 'NOT_A_POSITIVE_NUMBER');
  const noticeNumber = requireText('noticeNumber', input.noticeNumber, 100);
  requireNotInFuture('issuedOn', input.issuedOn);
  requireNotBefore('validUntil', input.validUntil, 'the issue date', input.issuedOn);
  requireNotBefore('validUntil', input.validUntil, 'today', todayInChina());
  const transfereeNationalId = input.transfereeNationalId == null ? null : readTransferee(input.transfereeNationalId, input.count);
  await lockInstitutions(em, [institution.id]);
  const free = await freePosts(em, institution.id, 'CATEGORY', input.category);
  if (input.count > free) throw badUserInput('count', 'NO_VACANCY', { free });
  const tier = input.tier ?? null;
  if (tier) {
    const freePositions = await freePosts(em, institution.id, 'TIER', tier);
    if (input.count > freePositions) throw badUserInput('count', 'NO_VACANT_POSITION', { free: freePositions });
  }
  return em.create(StaffingUseApproval, {
    institution,
    category: input.category,
    tier,
    approvedCount: input.count,
    purpose: input.purpose,
    noticeNumber,
    issuedOn: input.issuedOn,
    validUntil: input.validUntil,
    transfereeNationalId,
  });
}

/** Withdraws an approval: its unused posts are free again; the ones used stay filled. */
export function withdrawStaffingUse(approval: StaffingUseApproval): void {
  if (approval.withdrawnOn !== null) throw badUserInput('id', 'APPROVAL_WITHDRAWN', { withdrawnOn: approval.withdrawnOn });
  approval.withdrawnOn = todayInChina();
}
