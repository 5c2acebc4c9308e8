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
