import {
  CheckConstraintViolationException,
  DeadlockException,
  ForeignKeyConstraintViolationException,
  OptimisticLockError,
  UniqueConstraintViolationException,
} from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { badUserInput, conflict, reasonedError } from '../errors';

/**
 * What a database constraint means to a user, by constraint name. The
 * constraints are the last line of defence against concurrent writes that
 * passed the service's checks at the same time.
 */
const constraintMeanings: Record<string, () => GraphQLError> = {
  bureau_code_unique: () => badUserInput('code', 'BUREAU_CODE_TAKEN'),
  staff_active_national_id_unique: () =>
    badUserInput('nationalId', 'NATIONAL_ID_ACTIVE_ELSEWHERE'),
  quota_current_unique: () =>
    reasonedError('QUOTA_APPROVED_CONCURRENTLY', {}),
  bureau_parent_id_foreign: () => badUserInput('id', 'BUREAU_STILL_HAS_CHILD_BUREAUS'),
  institution_bureau_id_foreign: () => badUserInput('id', 'BUREAU_STILL_HAS_UNITS'),
  institution_credit_code_unique: () => badUserInput('creditCode', 'CREDIT_CODE_TAKEN'),
  staffing_use_approval_notice_number_unique: () => badUserInput('noticeNumber', 'NOTICE_NUMBER_TAKEN'),
  establishment_approval_current_unique: () => reasonedError('QUOTA_APPROVED_CONCURRENTLY', {}),
  establishment_approval_institution_id_foreign: () => badUserInput('id', 'UNIT_STILL_HAS_QUOTAS'),
  website_bureau_id_foreign: () => badUserInput('id', 'BUREAU_STILL_HAS_WEBSITES'),
  account_bureau_id_foreign: () => badUserInput('id', 'BUREAU_STILL_HAS_ACCOUNTS'),
  quota_institution_id_foreign: () => badUserInput('id', 'UNIT_STILL_HAS_QUOTAS'),
  staff_institution_id_foreign: () => badUserInput('id', 'UNIT_STILL_HAS_STAFF'),
  staffing_use_approval_institution_id_foreign: () => badUserInput('id', 'UNIT_STILL_HAS_STAFFING_USE'),
  staffing_use_application_institution_id_foreign: () => badUserInput('id', 'UNIT_STILL_HAS_STAFFING_USE'),
  quota_headcount_not_negative: () => badUserInput('approvedHeadcount', 'NEGATIVE_NUMBER'),
  staff_national_id_length: () => badUserInput('nationalId', 'NATIONAL_ID_LENGTH', { length: 18 }),
  reporting_period_year_unique: () => badUserInput('year', 'REPORTING_YEAR_TAKEN'),
  annual_return_period_bureau_unique: () => reasonedError('RETURN_FROZEN_CONCURRENTLY', {}),
  annual_return_bureau_id_foreign: () => badUserInput('id', 'BUREAU_STILL_HAS_RETURNS'),
};

/** How many times a write is tried when the database aborts it for contention with concurrent writes. */
export const attemptsOnContention = 3;

/**
 * The database aborted the transaction because of concurrent ones (a deadlock,
 * or a serialization failure), not because of anything in it: trying it again
 * whole can succeed.
 */
export function isContention(error: unknown): boolean {
  if (error instanceof DeadlockException) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return code === '40P01' || code === '40001';
}

/** A short random pause, so that two writes that collided do not collide again in step. */
export function pauseBeforeRetry(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 45));
}

/** What a failed write means to the user: a stale version, a constraint a concurrent write tripped, or contention that outlasted the retries; anything else as it is. */
export function translateWriteError(error: unknown, entityName: string, id?: number): unknown {
  if (error instanceof OptimisticLockError) return conflict(entityName, id ?? '?');
  if (isContention(error)) return reasonedError('WRITE_CONTENDED', {});
  if (
    error instanceof UniqueConstraintViolationException ||
    error instanceof ForeignKeyConstraintViolationException ||
    error instanceof CheckConstraintViolationException
  ) {
    const constraint = (error as unknown as { constraint?: string }).constraint;
    const meaning = constraint ? constraintMeanings[constraint] : undefined;
    if (meaning) return meaning();
  }
  return error;
}
