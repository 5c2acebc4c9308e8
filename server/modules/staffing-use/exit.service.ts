import { requireNotBefore, requireNotInFuture, requireText } from '../../common/validation';
import { badUserInput } from '../../errors';
import { StaffStatus } from '../staff/staff-enums';
import type { Staff } from '../staff/staff.entity';
import { statusAfterExit } from './exit-reason';
import type { ExitEstablishmentInput } from './exit.inputs';

/** A person leaves the establishment (出编): the post is free again; the record stays, with why, when and by which document. */
export function exitEstablishment(staff: Staff, input: ExitEstablishmentInput): void {
  if (staff.status !== StaffStatus.ACTIVE) throw badUserInput('id', 'NOT_IN_POST', { status: staff.status });
  requireNotInFuture('exitedOn', input.exitedOn);
  requireNotBefore('exitedOn', input.exitedOn, 'the date of entry', staff.hiredOn);
  staff.exitDocumentNumber = requireText('documentNumber', input.documentNumber, 100);
  staff.status = statusAfterExit[input.reason];
  staff.exitReason = input.reason;
  staff.exitedOn = input.exitedOn;
}
