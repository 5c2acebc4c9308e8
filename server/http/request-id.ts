import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

/** Printable ASCII without spaces, as long as the audit trail's column: enough for any tracing scheme, nothing that could break a log line. */
const acceptableClientId = /^[!-~]{1,64}$/;

/**
 * Every HTTP request gets an id of the server's own: in `x-request-id` of the
 * answer, in error answers, in the log and in the audit trail. A caller's own
 * `x-request-id` never replaces it, or a caller could pass its changes off
 * under another request's id; a well-formed one is kept beside it
 * (`clientRequestId`), so that ids can follow a request across systems.
 */
export const requestIdMiddleware: RequestHandler = (request, response, next) => {
  const given = request.get('x-request-id');
  response.locals.requestId = randomUUID();
  response.locals.clientRequestId = given !== undefined && acceptableClientId.test(given) ? given : null;
  response.set('x-request-id', response.locals.requestId as string);
  next();
};
