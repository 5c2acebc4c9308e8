import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { requireText, todayInChina } from '../../common/validation';
import { badUserInput, reasonedError } from '../../errors';
import { AnnualReturnStatus } from './annual-return-status';
import type { AnnualReturn } from './annual-return.entity';
import type { SubmitAnnualReturnInput } from './annual-report.inputs';
import type { ReportingPeriod } from './reporting-period.entity';
import type { ReturnCheck } from './return-checks.types';

// The steps of a return's year, each on the return loaded once by the write pipeline.

/** Refuses a step the return's status does not allow, saying where it stands. */
export function requireStatus(record: AnnualReturn, allowed: readonly AnnualReturnStatus[]): void {
  if (!allowed.includes(record.status)) throw reasonedError('RETURN_STATUS_FORBIDS', { status: record.status });
}

/**
 * Who decides a return (审核): a bureau above the return's own; the province,
 * with none above it, decides its own. `jurisdictionPath` is the caller's.
 */
export function decides(jurisdictionPath: string, bureau: { parent: unknown; path: string }): boolean {
  return bureau.parent === null || bureau.path !== jurisdictionPath;
}

/** `decides` as a condition on a list of returns. */
export function decidedWhere(jurisdictionPath: string): FilterQuery<AnnualReturn> {
  return { $or: [{ bureau: { parent: null } }, { bureau: { path: { $ne: jurisdictionPath } } }] };
}

/** A return may be made again until it is submitted, and again once sent back. */
export const remakeable = [AnnualReturnStatus.DRAFT, AnnualReturnStatus.RETURNED] as const;

/** The codes of the bureau's child bureaus whose returns for the period are not accepted, in code order. */
async function childrenNotAccepted(em: EntityManager, period: ReportingPeriod, bureauId: number): Promise<string[]> {
  const rows = await em.execute<{ code: string }[]>(
    `select child.code from bureau child
       left join annual_return on annual_return.bureau_id = child.id and annual_return.period_id = ?
      where child.parent_id = ? and annual_return.status is distinct from 'ACCEPTED'
      order by child.code`,
    [period.id, bureauId],
  );
  return rows.map((row) => row.code);
}

/**
 * Submits to the bureau above, signed; after the due date only with a reason,
 * only once every child bureau's return is accepted, and only if no blocking
 * check fails (`blocking`, run on the version the caller read).
 */
export async function submitAnnualReturn(em: EntityManager, record: AnnualReturn, period: ReportingPeriod, input: SubmitAnnualReturnInput, blocking: readonly ReturnCheck[]): Promise<void> {
  requireStatus(record, remakeable);
  const responsiblePerson = requireText('responsiblePerson', input.responsiblePerson, 50);
  const preparer = requireText('preparer', input.preparer, 50);
  const late = todayInChina() > period.dueOn;
  if (late && !input.lateReason?.trim()) throw badUserInput('lateReason', 'LATE_REASON_REQUIRED', { dueOn: period.dueOn });
  const waiting = await childrenNotAccepted(em, period, record.bureau.id);
  if (waiting.length > 0) throw reasonedError('CHILD_RETURNS_NOT_ACCEPTED', { bureaus: waiting.join('、') });
  if (blocking.length > 0) throw reasonedError('RETURN_CHECKS_FAIL', { checks: blocking.map((failed) => failed.code).join(', ') });
  Object.assign(record, {
    status: AnnualReturnStatus.SUBMITTED,
    responsiblePerson,
    preparer,
    lateReason: late ? requireText('lateReason', input.lateReason!, 500) : null,
    submittedAt: new Date(),
  });
}

/** Sends a submitted return back, saying why. */
export function returnAnnualReturn(record: AnnualReturn, reason: string): void {
  requireStatus(record, [AnnualReturnStatus.SUBMITTED]);
  Object.assign(record, { status: AnnualReturnStatus.RETURNED, returnReason: requireText('returnReason', reason, 500), returnedAt: new Date() });
}

/** Accepts a submitted return. */
export function acceptAnnualReturn(record: AnnualReturn): void {
  requireStatus(record, [AnnualReturnStatus.SUBMITTED]);
  Object.assign(record, { status: AnnualReturnStatus.ACCEPTED, acceptedAt: new Date() });
}
