import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { databaseUnavailable, isDatabaseUnavailable } from '../database/database-errors';
import { errorReasons, type Reason } from '../error-reasons';
import { ErrorCode, reasonExtensions } from '../errors';
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
  const masked = maskedError(formatted, error);
  return withReason(production ? withoutSuggestions(masked) : masked);
}

/** Reasons for the errors of graphql-js, graphql-armor and Apollo, read from their messages (which they keep). */
const libraryReasons: { pattern: RegExp; reason: Reason; parameters?: (match: RegExpExecArray) => Record<string, unknown> }[] = [
  { pattern: /^Syntax Error: Document contains more th(?:an|at) (\d+) tokens/, reason: 'DOCUMENT_TOO_LONG', parameters: (m) => ({ maximum: Number(m[1]) }) },
  { pattern: /^Syntax Error: Query depth limit of (\d+) exceeded, found (\d+)/, reason: 'QUERY_TOO_DEEP', parameters: (m) => ({ maximum: Number(m[1]), found: Number(m[2]) }) },
  { pattern: /^Syntax Error: Aliases limit of (\d+) exceeded, found (\d+)/, reason: 'TOO_MANY_ALIASES', parameters: (m) => ({ maximum: Number(m[1]), found: Number(m[2]) }) },
  { pattern: /^Syntax Error: /, reason: 'SYNTAX_ERROR' },
  { pattern: /^GraphQL introspection (is not allowed|has been disabled)/, reason: 'INTROSPECTION_DISABLED' },
  {
    pattern: /^Variable "\$(\w+)" /,
    reason: 'VARIABLE_INVALID',
    parameters: (m) => ({
      variable: m[1],
      path: / at "([^"]+)";/.exec(m.input)?.[1] ?? m[1],
      expectedType: (/Expected type "(\w+)/.exec(m.input) ?? /type "\[?(\w+)[!\]]*" (?:was not provided|must not be null)/.exec(m.input))?.[1] ?? '',
    }),
  },
  { pattern: /^Argument "(\w+)" /, reason: 'ARGUMENT_INVALID', parameters: (m) => ({ argument: m[1] }) },
  { pattern: /Cross-Site Request Forgery/, reason: 'CSRF_SUSPECTED' },
];

const reasonsByCode: Record<string, Reason> = {
  GRAPHQL_PARSE_FAILED: 'SYNTAX_ERROR',
  GRAPHQL_VALIDATION_FAILED: 'OPERATION_INVALID',
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_NOT_RESOLVED',
  PERSISTED_QUERY_NOT_SUPPORTED: 'PERSISTED_QUERY_UNSUPPORTED',
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_UNSUPPORTED',
  BAD_REQUEST: 'REQUEST_INVALID',
};

/**
 * No error leaves without `extensions.reason`: Bianzhi's own carry theirs; the
 * libraries' get one from their message or code; anything else is an internal
 * error, whatever it says.
 */
function withReason(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = formatted.extensions ?? {};
  if (typeof extensions.reason === 'string' && extensions.reason in errorReasons) return formatted;
  // graphql-js's own errors carry no code over graphql-ws, where Apollo does not add one.
  const code = extensions.code ?? (formatted.path ? undefined : 'GRAPHQL_VALIDATION_FAILED');
  for (const { pattern, reason, parameters } of libraryReasons) {
    const match = pattern.exec(formatted.message);
    if (match && (extensions.code === undefined || errorReasons[reason].code === extensions.code)) {
      return { ...formatted, extensions: { ...extensions, code: errorReasons[reason].code, reason, ...parameters?.(match) } };
    }
  }
  const reason = reasonsByCode[String(code)];
  if (reason) return { ...formatted, extensions: { ...extensions, code, reason } };
  return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: reasonExtensions('INTERNAL_SERVER_ERROR', {}) };
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
  return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: reasonExtensions('INTERNAL_SERVER_ERROR', {}) };
}

/** The same masking for results sent over graphql-ws, where Apollo's formatError does not run. */
export function formatExecutionResult<Result extends { errors?: readonly GraphQLError[] | readonly GraphQLFormattedError[] }>(result: Result, production = false): Result {
  if (!result.errors?.length) return result;
  return {
    ...result,
    errors: result.errors.map((error) => (error instanceof GraphQLError ? formatError(error.toJSON(), error, production) : error)),
  };
}
