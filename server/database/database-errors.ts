import type { GraphQLError } from 'graphql';
import { reasonedError } from '../errors';

export const databaseUnavailableCode = 'DATABASE_UNAVAILABLE';

/** Socket-level failures: Node's system error codes for a peer that is gone, refuses or cannot be reached. */
const networkErrorCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ERR_SOCKET_CLOSED',
  'ERR_STREAM_DESTROYED',
]);

/**
 * SQLSTATEs that say the server cannot serve us now, not that the statement was
 * wrong: class 08 (connection exception) is matched by its prefix.
 */
const unavailableSqlStates = new Set([
  '57P01', // admin_shutdown: the server is shutting down, or the backend was terminated
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: the server is starting up or in recovery
  '53300', // too_many_connections
]);

/**
 * 08P01 is in class 08 but says the client sent a malformed message (a NUL
 * character in the SQL text does it): the request's fault, which no retry mends.
 */
const protocolViolation = '08P01';

/** Messages of pg, pg-pool, knex and tarn for connections lost, refused or not obtained in time. */
const unavailableMessages = [
  /Connection terminated/i, // pg: "Connection terminated unexpectedly", "… due to connection timeout"
  /timeout expired/i, // pg Client's connectionTimeoutMillis
  /timeout exceeded when trying to connect/i, // pg-pool: no client within connectionTimeoutMillis
  /Timeout acquiring a connection/i, // knex (KnexTimeoutError)
  /is not queryable/i, // pg: "Client has encountered a connection error and is not queryable"
  /Cannot use a pool after calling end on the pool/i, // pg-pool during shutdown
  /Unable to acquire a connection/i, // knex after destroy
  // knex swallows a failed BEGIN (the transaction's connection was lost as it started) into the transaction's
  // own promise and hands the transaction out anyway; its first statement then fails with this. Bianzhi runs
  // every transaction through em.transactional, so a statement never follows a finished transaction otherwise.
  /Transaction query already complete/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /terminating connection due to administrator command/i,
  /server closed the connection unexpectedly/i,
];

function isUnavailableItself(error: object): boolean {
  const { code, name, message, extensions } = error as { code?: unknown; name?: unknown; message?: unknown; extensions?: { code?: unknown } };
  if (extensions?.code === databaseUnavailableCode) return true;
  if (typeof code === 'string') {
    if (networkErrorCodes.has(code)) return true;
    if (/^[0-9A-Z]{5}$/.test(code) && ((code.startsWith('08') && code !== protocolViolation) || unavailableSqlStates.has(code))) return true;
  }
  if (name === 'KnexTimeoutError' || name === 'ConnectionException') return true;
  return typeof message === 'string' && unavailableMessages.some((pattern) => pattern.test(message));
}

/**
 * Whether an error means "the database cannot be reached right now" (so the
 * request may succeed if tried again shortly) rather than a fault of the request
 * or of Bianzhi: refused or reset connections, connections lost mid-statement,
 * timeouts connecting or waiting for a pooled connection, SQLSTATE class 08
 * (but 08P01, a protocol violation) and the server's shutdown/start-up states. Looks through the wrappers on the way:
 * MikroORM's DriverException (which copies the driver error's code and message),
 * GraphQLError.originalError, graphql-js's NonErrorThrown.thrownValue (an error
 * from another realm, as under jest, is not `instanceof Error`), `cause` and
 * AggregateError.errors.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<object>();
  const pending: unknown[] = [error];
  while (pending.length) {
    const current = pending.pop();
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    seen.add(current);
    if (isUnavailableItself(current)) return true;
    const { cause, originalError, thrownValue, errors } = current as { cause?: unknown; originalError?: unknown; thrownValue?: unknown; errors?: unknown };
    pending.push(cause, originalError, thrownValue);
    if (Array.isArray(errors)) pending.push(...errors);
  }
  return false;
}

/** What a client gets when the database cannot be reached: retry later, nothing was changed by a failed write. */
export function databaseUnavailable(): GraphQLError {
  return reasonedError('DATABASE_UNAVAILABLE', {}, { http: { status: 503 } });
}
