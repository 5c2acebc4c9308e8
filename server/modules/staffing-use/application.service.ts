import { ref, type EntityManager } from '@mikro-orm/postgresql';
import { requireNotBefore, requireNotInFuture, requireText, todayInChina } from '../../common/validation';
import { badUserInput } from '../../errors';
import { requireActive } from '../institution/institution-reference';
import { Institution } from '../institution/institution.entity';
import { StaffingUseApplicationStatus } from './application-status';
import type { ApplyForStaffingUseInput, ApproveStaffingUseApplicationInput } from './application.inputs';
import { StaffingUseApplication } from './staffing-use-application.entity';
import type { StaffingUseApproval } from './staffing-use-approval.entity';
import { approveStaffingUse } from './staffing-use.service';

/** Records an application (用编申请): it holds no post until approved. */
export function applyForStaffingUse(em: EntityManager, institution: Institution, input: ApplyForStaffingUseInput): StaffingUseApplication {
  requireActive('institutionId', institution);
  if (!Number.isInteger(input.count) || input.count < 1) throw badUserInput('count', 'NOT_A_POSITIVE_NUMBER');
  requireNotInFuture('appliedOn', input.appliedOn);
  return em.create(StaffingUseApplication, {
    institution,
    category: input.category,
    tier: input.tier ?? null,
    requestedCount: input.count,
    purpose: input.purpose,
    appliedOn: input.appliedOn,
    justification: requireText('justification', input.justification, 500),
  });
}

function requirePending(application: StaffingUseApplication): void {
  if (application.status !== StaffingUseApplicationStatus.PENDING) throw badUserInput('id', 'APPLICATION_NOT_PENDING', { status: application.status });
}

/** Approves an application by a notice, for at most the posts applied for, checked for vacancies as any approval is. */
export async function approveApplication(em: EntityManager, application: StaffingUseApplication, input: ApproveStaffingUseApplicationInput): Promise<StaffingUseApproval> {
  requirePending(application);
  const count = input.count ?? application.requestedCount;
  if (count > application.requestedCount) throw badUserInput('count', 'APPROVAL_OVER_APPLICATION', { requested: application.requestedCount });
  requireNotBefore('issuedOn', input.issuedOn, 'the application date', application.appliedOn);
  const institution = await em.findOneOrFail(Institution, application.institution.id);
  const approval = await approveStaffingUse(em, institution, {
    institutionId: String(institution.id),
    category: application.category,
    tier: application.tier,
    count,
    purpose: application.purpose,
    noticeNumber: input.noticeNumber,
    issuedOn: input.issuedOn,
    validUntil: input.validUntil,
  });
  application.status = StaffingUseApplicationStatus.APPROVED;
  application.decidedOn = todayInChina();
  application.approval = ref(approval);
  return approval;
}

export function rejectApplication(application: StaffingUseApplication, reason: string): void {
  requirePending(application);
  application.rejectionReason = requireText('rejectionReason', reason, 500);
  application.status = StaffingUseApplicationStatus.REJECTED;
  application.decidedOn = todayInChina();
}

export function withdrawApplication(application: StaffingUseApplication): void {
  requirePending(application);
  application.status = StaffingUseApplicationStatus.WITHDRAWN;
  application.decidedOn = todayInChina();
}
