import { requireNotBefore, requireNotInFuture, requireText } from '../../common/validation';
import { badUserInput } from '../../errors';
import { StaffStatus } from '../staff/staff-enums';
import type { Staff } from '../staff/staff.entity';
import { statusAfterExit, type ExitReason } from './exit-reason';

/** A departure as a person's record keeps it, with the input fields to name in errors. */
export interface Departure {
  reason: ExitReason;
  on: string;
  documentNumber: string;
  fields: { on: string; documentNumber: string };
}

/** A person leaves the establishment (出编): the post is free again; the record stays, with why, when and by which document. */
export function leaveEstablishment(staff: Staff, departure: Departure): void {
  if (staff.status !== StaffStatus.ACTIVE) throw badUserInput('id', 'NOT_IN_POST', { status: staff.status });
  requireNotInFuture(departure.fields.on, departure.on);
  requireNotBefore(departure.fields.on, departure.on, 'the date of entry', staff.hiredOn);
  staff.exitDocumentNumber = requireText(departure.fields.documentNumber, departure.documentNumber, 100);
  staff.status = statusAfterExit[departure.reason];
  staff.exitReason = departure.reason;
  staff.exitedOn = departure.on;
}
