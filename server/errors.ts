import { GraphQLError } from 'graphql';

/** Error codes a client can rely on, in `extensions.code`. */
export const ErrorCode = {
  badUserInput: 'BAD_USER_INPUT',
  conflict: 'CONFLICT',
  notFound: 'NOT_FOUND',
  internal: 'INTERNAL_SERVER_ERROR',
} as const;

/** Bad input, naming the offending input field (e.g. `nationalId`). */
export function badUserInput(field: string, message: string): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, {
    extensions: { code: ErrorCode.badUserInput, field },
  });
}

export function conflict(entity: string, id: number | string): GraphQLError {
  return new GraphQLError(
    `${entity} ${id} was changed by someone else since you read it; reload it and apply your change again`,
    { extensions: { code: ErrorCode.conflict, entity, id: String(id) } },
  );
}

export function notFound(entity: string, id: number | string, field = 'id'): GraphQLError {
  return new GraphQLError(`${field}: no ${entity} with id ${id}`, {
    extensions: { code: ErrorCode.notFound, entity, field, id: String(id) },
  });
}

/** An unknown id given as a reference in input is bad input, not a missing resource. */
export function unknownReference(field: string, entity: string, id: number | string): GraphQLError {
  return badUserInput(field, `no ${entity} with id ${id}`);
}

/** No valid credentials: the client must log in (or send a valid API token) first. */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/** Valid credentials, but the role or jurisdiction does not allow this; names the field that reached outside. */
export function forbidden(field: string | null, message: string): GraphQLError {
  return new GraphQLError(field ? `${field}: ${message}` : message, { extensions: { code: 'FORBIDDEN', ...(field ? { field } : {}) } });
}
