import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { HttpError } from 'react-admin';
import { translateServerError, type Language, type ServerError } from '../i18n/server-errors';
import { currentLanguage, i18nProvider } from '../i18n/i18n-provider';
import { readSession } from './session';

const statusOfCode: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  BAD_USER_INPUT: 400,
  TOO_MANY_REQUESTS: 429,
  DATABASE_UNAVAILABLE: 503,
};

/** What travels in a failed operation's HttpError body: the server's code, and the fields it named. */
export interface RequestErrorBody {
  code: string;
  /** Messages by input field: react-admin shows them beside the fields. */
  errors?: Record<string, string>;
  /** For a CONFLICT on update: the record as saved now, and what this user tried to save. */
  conflict?: { current: Record<string, unknown> | null; yours: Record<string, unknown> };
}

/**
 * A failed GraphQL operation, as react-admin expects it: an HttpError whose
 * status drives logout (401). react-admin's HttpError resets its prototype, so
 * a subclass would not survive: the code travels in the body instead.
 */
export function requestError(message: string, status: number, body: RequestErrorBody): HttpError {
  return new HttpError(message, status, body);
}

export function errorBody(error: unknown): RequestErrorBody | undefined {
  const body = (error as HttpError | undefined)?.body as RequestErrorBody | undefined;
  return body && typeof body.code === 'string' ? body : undefined;
}

function errorFrom(errors: ServerError[], language: Language): HttpError {
  const first = errors[0];
  const code = first.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
  const fieldErrors: Record<string, string> = {};
  for (const error of errors) {
    const field = error.extensions?.field;
    if (typeof field === 'string' && error.extensions?.code === 'BAD_USER_INPUT') {
      fieldErrors[field] = translateServerError(error, language);
    }
  }
  const body: RequestErrorBody = Object.keys(fieldErrors).length > 0 ? { code, errors: fieldErrors } : { code };
  return requestError(translateServerError(first, language), statusOfCode[code] ?? 500, body);
}

/**
 * Sends one operation to Bianzhi's /graphql with the session's token (or the
 * one given: null while logging in); resolves to its data or throws an HttpError
 * (see requestError).
 */
export async function execute<Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  variables?: Variables,
  token: string | null = readSession()?.token ?? null,
): Promise<Result> {
  const language = currentLanguage();
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: print(document), variables }),
    });
  } catch {
    throw requestError(i18nProvider.translate('bianzhi.errors.network'), 0, { code: 'NETWORK' });
  }
  let body: { data?: Result | null; errors?: ServerError[] };
  try {
    body = await response.json();
  } catch {
    throw errorFrom([{ message: response.statusText, extensions: { code: response.status === 503 ? 'DATABASE_UNAVAILABLE' : 'INTERNAL_SERVER_ERROR' } }], language);
  }
  if (body.errors?.length) throw errorFrom(body.errors, language);
  if (!body.data) throw errorFrom([{ message: 'no data', extensions: { code: 'INTERNAL_SERVER_ERROR' } }], language);
  return body.data;
}
