import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { demoPassword } from '../../server/seed/demo-accounts';

/** An operation over HTTP with a bearer token, as an integrator's system sends it; fails on any GraphQL error. */
export async function callGraphql<Result, Variables>(
  url: string,
  token: string,
  document: TypedDocumentNode<Result, Variables> | string,
  variables?: Variables,
): Promise<Result> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: typeof document === 'string' ? document : print(document), variables }),
  });
  const body = (await response.json()) as { data: Result; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Logs in through the API as one of the demo seed's accounts; returns the session token. */
export async function logInAsDemo(url: string, username: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation ($username: String!, $password: String!) { login(username: $username, password: $password) { token } }', variables: { username, password: demoPassword } }),
  });
  const body = (await response.json()) as { data?: { login: { token: string } }; errors?: unknown[] };
  if (!body.data) throw new Error(`login as ${username} failed: ${JSON.stringify(body.errors)}`);
  return body.data.login.token;
}

/** Everything a client sees of one answer: the status, the data and the errors. */
export interface Answer {
  status: number;
  data: Record<string, any> | null;
  errors: { message: string; extensions?: { code?: string; field?: string } }[];
}

/** Sends a query string with an optional bearer token and returns the whole answer, errors included. */
export async function askGraphql(url: string, token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Partial<Answer>;
  return { status: response.status, data: body.data ?? null, errors: body.errors ?? [] };
}
