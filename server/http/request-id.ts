import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

/** Keeps a caller's own request id when it is a plausible one, so that ids can follow a request across systems. */
const acceptable = /^[A-Za-z0-9._:-]{8,64}$/;

/** Every HTTP request gets an id: in `x-request-id` of the answer, in error answers, in the log and in the audit trail. */
export const requestIdMiddleware: RequestHandler = (request, response, next) => {
  const given = request.get('x-request-id');
  const requestId = given && acceptable.test(given) ? given : randomUUID();
  response.locals.requestId = requestId;
  response.set('x-request-id', requestId);
  next();
};
