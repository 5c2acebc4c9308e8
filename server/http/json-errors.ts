import type { ErrorRequestHandler, RequestHandler } from 'express';
import { messageOf } from '../error-reasons';
import { reasonExtensions } from '../errors';

/** Express would answer a malformed body with an HTML page; clients of a GraphQL API expect JSON. */
export const jsonErrorHandler: ErrorRequestHandler = (error, _request, response, next) => {
  // Too late for another answer: Express closes the connection.
  if (response.headersSent) return next(error);
  const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
  if (status === 500) console.error('request failed', error);
  const reason = status === 500 ? 'INTERNAL_SERVER_ERROR' : error.type === 'entity.parse.failed' ? 'BODY_NOT_JSON' : status === 413 ? 'BODY_TOO_LARGE' : 'REQUEST_INVALID';
  const message = reason === 'INTERNAL_SERVER_ERROR' || reason === 'BODY_NOT_JSON' ? messageOf(reason) : String(error.message);
  response.status(status).json({ errors: [{ message, extensions: reasonExtensions(reason, {}) }] });
};

/** Express's own 404 for a path no route serves is an HTML page; this one is JSON. Goes after every route. */
export const jsonNotFound: RequestHandler = (request, response) => {
  const parameters = { method: request.method, path: request.path };
  response.status(404).json({ errors: [{ message: messageOf('ROUTE_NOT_FOUND', parameters), extensions: reasonExtensions('ROUTE_NOT_FOUND', parameters) }] });
};
