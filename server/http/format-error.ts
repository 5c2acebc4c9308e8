import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { databaseUnavailable, isDatabaseUnavailable } from '../database/database-errors';
import { ErrorCode } from '../errors';
import { isIntended } from './log';

function withoutHttp(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { stacktrace: _stacktrace, http: _http, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, extensions };
}

/**
 * Errors Bianzhi raises on purpose (GraphQLError with a code) and GraphQL's own
 * parse and validation errors reach the client as they are; a database that
 * cannot be reached gets DATABASE_UNAVAILABLE; anything else is an internal
 * failure whose message may hold internals (SQL, paths), so the client gets a
 * generic message (the log has the details, under the request id).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, production = false): GraphQLFormattedError {
  return production ? withoutSuggestions(maskedError(formatted, error)) : maskedError(formatted, error);
}

/**
 * graphql-js suggests schema names ("Did you mean …?") in variable coercion
 * errors too, which Apollo's hideSchemaDetailsFromClientErrors leaves in: it
 * strips validation errors only.
 */
function withoutSuggestions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  return { ...formatted, message: formatted.message.replace(/ ?Did you mean(.+?)\?$/, '') };
}

function maskedError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  // graphql-js's own argument coercion at execution (an explicit null for `limit: Int! = 50` through a nullable variable): the client's fault.
  if (original instanceof GraphQLError && formatted.extensions?.code === ErrorCode.internal && /^Argument "[^"]+" (of (non-null|required) type|has invalid value)/.test(original.message)) {
    return withoutHttp({ ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.badUserInput } });
  }
  // Variable coercion errors carry no code from graphql-js; Apollo adds BAD_USER_INPUT on HTTP, graphql-ws does not.
  if (original instanceof GraphQLError && !formatted.extensions?.code && /^Variable "\$[^"]+" /.test(original.message)) {
    return withoutHttp({ ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.badUserInput } });
  }
  if (isIntended(original)) return withoutHttp(formatted);
  if (isDatabaseUnavailable(original)) {
    const unavailable = databaseUnavailable();
    return withoutHttp({ message: unavailable.message, locations: formatted.locations, path: formatted.path, extensions: unavailable.extensions });
  }
  return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.internal } };
}

/** The same masking for results sent over graphql-ws, where Apollo's formatError does not run. */
export function formatExecutionResult<Result extends { errors?: readonly GraphQLError[] | readonly GraphQLFormattedError[] }>(result: Result, production = false): Result {
  if (!result.errors?.length) return result;
  return {
    ...result,
    errors: result.errors.map((error) => (error instanceof GraphQLError ? formatError(error.toJSON(), error, production) : error)),
  };
}
