import { GraphQLError } from 'graphql';
import { errorReasons, messageOf, type Reason, type ReasonArguments, type ReasonOfCode, type ReasonParameters, type WrittenReason } from './error-reasons';

/** Error codes a client can rely on, in `extensions.code`; `extensions.reason` says which error it is (server/error-reasons.ts). */
export const ErrorCode = {
  badUserInput: 'BAD_USER_INPUT',
  conflict: 'CONFLICT',
  notFound: 'NOT_FOUND',
  internal: 'INTERNAL_SERVER_ERROR',
} as const;

type HttpExtension = { status: number; headers?: Map<string, string> };

/** `extensions` of an error with a reason: its code, the reason, its parameters as fields. */
export function reasonExtensions<Name extends Reason>(name: Name, parameters: ReasonParameters<Name> | undefined, field?: string | null): Record<string, unknown> {
  return { code: errorReasons[name].code, reason: name, ...(field ? { field } : {}), ...(parameters ?? {}) };
}

/** An error of the catalogue; with a field, the message starts with `field: `. */
export function reasonedError<Name extends WrittenReason>(
  name: Name,
  parameters: ReasonParameters<Name>,
  options: { field?: string | null; http?: HttpExtension; extensions?: Record<string, unknown> } = {},
): GraphQLError {
  const message = messageOf(name, ...([parameters] as unknown as ReasonArguments<Name>));
  return new GraphQLError(options.field ? `${options.field}: ${message}` : message, {
    extensions: { ...reasonExtensions(name, parameters, options.field), ...options.extensions, ...(options.http ? { http: options.http } : {}) },
  });
}

export type BadUserInputReason = ReasonOfCode<'BAD_USER_INPUT'> & WrittenReason;
export type ForbiddenReason = ReasonOfCode<'FORBIDDEN'> & WrittenReason;
type UnauthenticatedReason = ReasonOfCode<'UNAUTHENTICATED'> & WrittenReason;

/** Bad input, naming the offending input field (e.g. `nationalId`). */
export function badUserInput<Name extends BadUserInputReason>(field: string, reason: Name, ...[parameters]: ReasonArguments<Name>): GraphQLError {
  return reasonedError(reason, (parameters ?? {}) as ReasonParameters<Name>, { field });
}

/** A bad-input reason with its parameters, found by a check that leaves naming the field to its caller. */
export type InputProblem = { [Name in BadUserInputReason]: { reason: Name; parameters: ReasonParameters<Name> } }[BadUserInputReason];

export function inputProblemError(field: string, problem: InputProblem): GraphQLError {
  return reasonedError(problem.reason, problem.parameters as never, { field });
}

export function conflict(entity: string, id: number | string): GraphQLError {
  return reasonedError('STALE_VERSION', { entity, id: String(id) });
}

export function notFound(entity: string, id: number | string, field = 'id'): GraphQLError {
  return reasonedError('RECORD_NOT_FOUND', { entity, id: String(id) }, { field });
}

/** An unknown id given as a reference in input is bad input, not a missing resource. */
export function unknownReference(field: string, entity: string, id: number | string): GraphQLError {
  return badUserInput(field, 'UNKNOWN_REFERENCE', { entity, id: String(id) });
}

/** No valid credentials: the client must log in (or send a valid API token) first. */
export function unauthenticated<Name extends UnauthenticatedReason>(reason: Name, ...[parameters]: ReasonArguments<Name>): GraphQLError {
  return reasonedError(reason, (parameters ?? {}) as ReasonParameters<Name>, { http: { status: 401 } });
}

/** Valid credentials, but the role or jurisdiction does not allow this; names the field that reached outside. */
export function forbidden<Name extends ForbiddenReason>(field: string | null, reason: Name, ...[parameters]: ReasonArguments<Name>): GraphQLError {
  return reasonedError(reason, (parameters ?? {}) as ReasonParameters<Name>, { field });
}
