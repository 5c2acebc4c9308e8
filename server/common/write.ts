import {
  CheckConstraintViolationException,
  ForeignKeyConstraintViolationException,
  OptimisticLockError,
  UniqueConstraintViolationException,
  type EntityManager,
  type EntityName,
} from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { badUserInput, conflict, notFound, reasonedError } from '../errors';
import { parseId } from './validation';

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
  egov_unit_bureau_id_foreign: () => badUserInput('id', 'BUREAU_STILL_HAS_UNITS'),
  website_bureau_id_foreign: () => badUserInput('id', 'BUREAU_STILL_HAS_WEBSITES'),
  account_bureau_id_foreign: () => badUserInput('id', 'BUREAU_STILL_HAS_ACCOUNTS'),
  quota_unit_id_foreign: () => badUserInput('id', 'UNIT_STILL_HAS_QUOTAS'),
  staff_unit_id_foreign: () => badUserInput('id', 'UNIT_STILL_HAS_STAFF'),
  quota_headcount_not_negative: () => badUserInput('approvedHeadcount', 'NEGATIVE_NUMBER'),
  quota_leadership_positions_not_negative: () => badUserInput('approvedLeadershipPositions', 'NEGATIVE_NUMBER'),
  staff_national_id_length: () => badUserInput('nationalId', 'NATIONAL_ID_LENGTH', { length: 18 }),
};

function meaningOf(error: unknown, entityName: string, id?: number): unknown {
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

/**
 * Runs a write in one transaction: everything or nothing. Database errors that
 * users can cause are turned into the errors they would have got from the
 * service's own checks.
 */
export async function inTransaction<T>(
  em: EntityManager,
  entityName: string,
  work: (transaction: EntityManager) => Promise<T>,
  id?: number,
): Promise<T> {
  try {
    return await em.transactional(work);
  } catch (error) {
    throw meaningOf(error, entityName, id);
  }
}

interface Versioned {
  id: number;
  version: number;
}

/** Loads the record to change and refuses a stale version before any change is made. */
export async function loadForChange<Entity extends Versioned>(
  em: EntityManager,
  entity: EntityName<Entity>,
  entityName: string,
  id: number,
  version: number,
): Promise<Entity> {
  const record = await em.findOne(entity, { id } as never);
  if (!record) throw notFound(entityName, id);
  if (record.version !== version) throw conflict(entityName, id);
  return record as Entity;
}

/** Deletes the record only if it still has the version the client read. */
export async function deleteVersioned<Entity extends Versioned>(
  em: EntityManager,
  entity: EntityName<Entity>,
  entityName: string,
  record: Entity,
): Promise<void> {
  const deleted = await em.nativeDelete(entity, { id: record.id, version: record.version } as never);
  if (deleted === 0) throw conflict(entityName, record.id);
  em.getUnitOfWork().unsetIdentity(record);
}

/**
 * An update as every record has it: in one transaction, load the record at the
 * version the client read (CONFLICT otherwise), apply the change, flush (the
 * UPDATE checks the version again, so a concurrent writer cannot slip in).
 */
export async function updateVersioned<Entity extends Versioned>(
  em: EntityManager,
  entity: EntityName<Entity>,
  entityName: string,
  input: { id: string; version: number },
  change: (record: Entity, transaction: EntityManager) => Promise<void> | void,
): Promise<Entity> {
  const id = parseId('id', input.id);
  return inTransaction(
    em,
    entityName,
    async (transaction) => {
      const record = await loadForChange(transaction, entity, entityName, id, input.version);
      await change(record, transaction);
      await transaction.flush();
      return record;
    },
    id,
  );
}

/**
 * A delete as every record has it: in one transaction, load the record at the
 * version the client read, let `check` refuse it (records still depending on
 * it), delete it, then `after` (e.g. restore what it superseded). Returns the id.
 */
export async function deleteById<Entity extends Versioned>(
  em: EntityManager,
  entity: EntityName<Entity>,
  entityName: string,
  idText: string,
  version: number,
  hooks: {
    check?: (record: Entity, transaction: EntityManager) => Promise<void>;
    after?: (record: Entity, transaction: EntityManager) => Promise<void>;
  } = {},
): Promise<string> {
  const id = parseId('id', idText);
  return inTransaction(
    em,
    entityName,
    async (transaction) => {
      const record = await loadForChange(transaction, entity, entityName, id, version);
      await hooks.check?.(record, transaction);
      await deleteVersioned(transaction, entity, entityName, record);
      await hooks.after?.(record, transaction);
      return idText;
    },
    id,
  );
}
