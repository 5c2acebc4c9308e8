import type { ErrorRequestHandler, RequestHandler } from 'express';

/** Express would answer a malformed body with an HTML page; clients of a GraphQL API expect JSON. */
export const jsonErrorHandler: ErrorRequestHandler = (error, _request, response, next) => {
  // Too late for another answer: Express closes the connection.
  if (response.headersSent) return next(error);
  const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
  if (status === 500) console.error('request failed', error);
  const message = status === 500 ? 'Internal server error' : error.type === 'entity.parse.failed' ? 'The request body is not valid JSON' : String(error.message);
  response.status(status).json({ errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
};

/** Express's own 404 for a path no route serves is an HTML page; this one is JSON. Goes after every route. */
export const jsonNotFound: RequestHandler = (request, response) => {
  response.status(404).json({ errors: [{ message: `Nothing at ${request.method} ${request.path}`, extensions: { code: 'NOT_FOUND' } }] });
};
