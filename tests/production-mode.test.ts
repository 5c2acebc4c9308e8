import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { useTestServer } from './support/test-server';

/** Production mode: no introspection, no explorer, no suggestions that spell out the schema to whoever probes it. */
const server = useTestServer({ production: true });

interface HttpAnswer {
  status: number;
  type: string;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function overHttp(query: string, variables?: Record<string, unknown>): Promise<HttpAnswer> {
  const response = await fetch(`${server.bianzhi.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.adminToken}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: (await response.json()) as HttpAnswer['body'] };
}

/** The first answer to an operation over graphql-ws, a result or the errors it was refused with, as JSON text. */
async function overWebSocket(query: string, variables?: Record<string, unknown>): Promise<string> {
  const client = createClient({ url: `${server.bianzhi.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${server.adminToken}` } });
  try {
    const outcome = await new Promise<unknown>((resolve) => {
      client.subscribe({ query, variables }, { next: resolve, error: resolve, complete: () => resolve('complete') });
    });
    return JSON.stringify(outcome);
  } finally {
    await client.dispose();
  }
}

describe('introspection in production', () => {
  it.each([
    ['__schema', '{ __schema { types { name } } }'],
    ['__type', '{ __type(name: "Staff") { fields { name } } }'],
  ])('refuses %s over HTTP with a 400', async (_name, query) => {
    const answer = await overHttp(query);
    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.body.errors?.[0].message).toMatch(/introspection/i);
  });

  it('refuses it over graphql-ws', async () => {
    const answer = await overWebSocket('{ __schema { types { name } } }');
    expect(answer).toMatch(/introspection/i);
    expect(answer).not.toContain('"types"');
  });

  it('still answers __typename, which tells nothing about the schema', async () => {
    expect((await overHttp('{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('the explorer in production', () => {
  it('is not served: /graphiql is a 404', async () => {
    const response = await fetch(`${server.bianzhi.url}/graphiql`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('GraphiQL');
  });

  it('answers the 404 in JSON, as every other error, not with an HTML page', async () => {
    const response = await fetch(`${server.bianzhi.url}/graphiql`);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(((await response.json()) as HttpAnswer['body']).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('suggestions in production', () => {
  it('refuses a misspelled field over HTTP without "Did you mean"', async () => {
    const answer = await overHttp('{ bureauByCode(code: "520000") { nam } }');
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((error) => error.message)).toEqual(['Cannot query field "nam" on type "Bureau".']);
  });

  it('refuses a misspelled field over graphql-ws without "Did you mean"', async () => {
    const answer = await overWebSocket('{ bureauByCode(code: "520000") { nam } }');
    expect(answer).toContain('Cannot query field \\"nam\\" on type \\"Bureau\\".');
    expect(answer).not.toMatch(/did you mean/i);
  });

  // Variables are checked when the operation runs, after validation: their messages need masking of their own.
  const misspeltVariables: [string, string, Record<string, unknown>][] = [
    ['an input field', 'query ($filter: StaffFilter) { staff(filter: $filter) { totalCount } }', { filter: { statu: 'ACTIVE' } }],
    ['an enum value', 'query ($status: StaffStatus) { staff(filter: { status: $status }) { totalCount } }', { status: 'ACTIV' }],
  ];
  const refusedVariable = /Variable \\?"\$(filter|status)\\?" got invalid value/;

  it.each(misspeltVariables)('refuses %s misspelled in the variables over HTTP without "Did you mean"', async (_name, query, variables) => {
    const answer = await overHttp(query, variables);
    expect(answer.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.body.errors?.[0].message).toMatch(refusedVariable);
    expect(JSON.stringify(answer.body)).not.toMatch(/did you mean/i);
  });

  it.each(misspeltVariables)('refuses %s misspelled in the variables over graphql-ws without "Did you mean"', async (_name, query, variables) => {
    const answer = await overWebSocket(query, variables);
    expect(answer).toMatch(refusedVariable);
    expect(answer).not.toMatch(/did you mean/i);
  });
});

describe('cross-site request forgery (Apollo csrfPrevention)', () => {
  const typenameUrl = () => `${server.bianzhi.url}/graphql?query=${encodeURIComponent('{__typename}')}`;

  it('refuses a GET query without a preflight header with a 400', async () => {
    const response = await fetch(typenameUrl());
    expect(response.status).toBe(400);
    expect(((await response.json()) as HttpAnswer['body']).errors?.[0].message).toMatch(/CSRF/);
  });

  it('answers the same GET with an apollo-require-preflight header, which a browser cannot send cross-site without asking', async () => {
    const response = await fetch(typenameUrl(), { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])('refuses a POST sent as %s, as a form could, with a 400', async (contentType) => {
    const response = await fetch(`${server.bianzhi.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': contentType, authorization: `Bearer ${server.adminToken}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as HttpAnswer['body']).errors?.[0].message).toMatch(/CSRF/);
  });
});
