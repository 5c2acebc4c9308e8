import {
  CheckConstraintViolationException,
  ForeignKeyConstraintViolationException,
  OptimisticLockError,
  UniqueConstraintViolationException,
} from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { badUserInput, conflict } from '../errors';

/**
 * What a database constraint means to a user, by constraint name. The
 * constraints are the last line of defence against concurrent writes that
 * passed the service's checks at the same time.
 */
const constraintMeanings: Record<string, () => GraphQLError> = {
  bureau_code_unique: () => badUserInput('code', 'is already the code of another bureau'),
  staff_active_national_id_unique: () =>
    badUserInput('nationalId', 'this person is already active in another post; a person is active in at most one place'),
  quota_current_unique: () =>
    new GraphQLError('Another quota for this unit and category was approved at the same time; reload and try again', {
      extensions: { code: 'CONFLICT' },
    }),
  bureau_parent_id_foreign: () => badUserInput('id', 'the bureau still has child bureaus'),
  egov_unit_bureau_id_foreign: () => badUserInput('id', 'the bureau still has e-government units'),
  website_bureau_id_foreign: () => badUserInput('id', 'the bureau still has websites'),
  account_bureau_id_foreign: () => badUserInput('id', 'the bureau still has accounts; move or disable them first'),
  quota_unit_id_foreign: () => badUserInput('id', 'the unit still has quotas'),
  staff_unit_id_foreign: () => badUserInput('id', 'the unit still has staff'),
  quota_headcount_not_negative: () => badUserInput('approvedHeadcount', 'must not be negative'),
  quota_leadership_positions_not_negative: () => badUserInput('approvedLeadershipPositions', 'must not be negative'),
  staff_national_id_length: () => badUserInput('nationalId', 'must be 18 characters'),
};

/** What a failed write means to the user: a stale version, or a constraint a concurrent write tripped; anything else as it is. */
export function translateWriteError(error: unknown, entityName: string, id?: number): unknown {
  if (error instanceof OptimisticLockError) return conflict(entityName, id ?? '?');
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
