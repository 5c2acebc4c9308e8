import type { Response } from 'express';
import { GraphQLError } from 'graphql';

const httpStatusOf: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, BAD_USER_INPUT: 400 };

/** A reasoned error as a plain HTTP route answers it: the status its code means, and the same JSON body as GraphQL's errors. */
export function sendError(response: Response, error: GraphQLError, status?: number): void {
  response.status(status ?? httpStatusOf[String(error.extensions.code)] ?? 400).json({ errors: [errorBody(response, error)] });
}

/** An error as it goes into a body: its message and extensions, with the request's id, without the internal HTTP hint. */
export function errorBody(response: Response, error: GraphQLError): { message: string; extensions: Record<string, unknown> } {
  return { message: error.message, extensions: { ...error.extensions, requestId: response.locals.requestId, http: undefined } };
}

/** Whether a failure is one of ours, to be answered as it says, rather than an internal error. */
export function isReasonedError(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError && Boolean(error.extensions.code);
}
