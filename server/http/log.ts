import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable } from '../database/database-errors';

/** One JSON object a line on standard error, for log collectors. */
export function logEvent(level: 'info' | 'warn' | 'error', message: string, fields: Record<string, unknown> = {}): void {
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level, message, ...fields })}\n`);
}

/** Errors Bianzhi raised on purpose: GraphQLErrors not wrapping anything else. */
export function isIntended(error: unknown): boolean {
  return error instanceof GraphQLError && !(error.originalError && !(error.originalError instanceof GraphQLError));
}

/** The details the client does not get: message, stack and where in the operation. */
export function logInternalErrors(errors: readonly GraphQLError[], requestId: string): void {
  for (const error of errors) {
    if (isIntended(error)) continue;
    const original = error.originalError ?? error;
    if (isDatabaseUnavailable(original)) logEvent('warn', 'database unavailable', { requestId, path: error.path, error: original.message });
    else logEvent('error', 'internal error', { requestId, path: error.path, error: original.message, stack: original.stack });
  }
}
