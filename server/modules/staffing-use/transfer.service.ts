import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput } from '../../errors';
import { StaffStatus } from '../staff/staff-enums';
import type { Staff } from '../staff/staff.entity';
import { fillApprovedPost } from './entry.service';
import { ExitReason } from './exit-reason';
import { leaveEstablishment } from './exit.service';
import { lockInstitutions } from './institution-lock';
import type { StaffingUseApproval } from './staffing-use-approval.entity';
import type { TransferStaffInput } from './transfer.inputs';

/**
 * A transfer (调动): the person leaves with reason TRANSFER_OUT and enters the
 * receiving institution against its approval, under both institutions' locks.
 * The departure is flushed first: a person is active in one place at a time.
 * Returns the record in the receiving institution.
 */
export async function transferStaff(em: EntityManager, departing: Staff, approval: StaffingUseApproval, input: TransferStaffInput): Promise<Staff> {
  if (departing.status !== StaffStatus.ACTIVE) throw badUserInput('id', 'NOT_IN_POST', { status: departing.status });
  if (approval.institution.id === departing.institution.id) throw badUserInput('approvalId', 'TRANSFER_WITHIN_INSTITUTION');
  await lockInstitutions(em, [departing.institution.id, approval.institution.id]);
  leaveEstablishment(departing, {
    reason: ExitReason.TRANSFER_OUT,
    on: input.transferredOn,
    documentNumber: input.documentNumber,
    fields: { on: 'transferredOn', documentNumber: 'documentNumber' },
  });
  await em.flush();
  return fillApprovedPost(
    em,
    approval,
    {
      name: departing.name,
      nationalId: departing.nationalId,
      gender: departing.gender,
      birthDate: departing.birthDate,
      education: departing.education,
      position: input.position ?? departing.position,
    },
    { enteredOn: input.transferredOn, dateField: 'transferredOn', transferredFrom: departing },
  );
}
