import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../errors';

/**
 * Errors Bianzhi raises on purpose (GraphQLError with a code) and GraphQL's own
 * parse and validation errors reach the client as they are; anything else is an
 * internal failure whose message may hold internals (SQL, paths), so the client
 * gets a generic message and the log gets the details.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  if (original instanceof GraphQLError && !(original.originalError && !(original.originalError instanceof GraphQLError))) {
    return { ...formatted, extensions };
  }
  console.error('internal error', { path: formatted.path, error: original });
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.internal },
  };
}

/** The same masking for results sent over graphql-ws, where Apollo's formatError does not run. */
export function formatExecutionResult<Result extends { errors?: readonly GraphQLError[] | readonly GraphQLFormattedError[] }>(result: Result): Result {
  if (!result.errors?.length) return result;
  return {
    ...result,
    errors: result.errors.map((error) => (error instanceof GraphQLError ? formatError(error.toJSON(), error) : error)),
  };
}
