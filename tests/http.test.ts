import { GraphQLError } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { badUserInput } from '../server/errors';
import { formatError } from '../server/http/format-error';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let url: string;
beforeAll(async () => {
  server = await startTestServer();
  url = server.bianzhi.url;
});
afterAll(() => server.stop());

async function post(body: string, contentType = 'application/json') {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': contentType, authorization: `Bearer ${server.adminToken}` }, body });
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.text() };
}

describe('the HTTP server on a free port', () => {
  it('answers a GraphQL query over plain HTTP', async () => {
    const response = await post(JSON.stringify({ query: '{ bureauByCode(code: "520000") { name level children { code } } }' }));
    expect(response.status).toBe(200);
    const { data } = JSON.parse(response.body);
    expect(data.bureauByCode).toMatchObject({ name: '贵州省机构编制委员会办公室', level: 'PROVINCE' });
    expect(data.bureauByCode.children).toHaveLength(9);
  });

  it('reports health', async () => {
    const response = await fetch(`${url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('serves the GraphiQL explorer with every asset from itself, none from a CDN', async () => {
    const page = await (await fetch(`${url}/graphiql`)).text();
    expect(page).toContain('GraphiQL');
    const references = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(references.length).toBeGreaterThanOrEqual(4);
    for (const reference of references) {
      expect(reference.startsWith('/')).toBe(true);
      const asset = await fetch(`${url}${reference}`);
      expect(asset.status).toBe(200);
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
    expect((await fetch(url, { redirect: 'manual' })).headers.get('location')).toBe('/admin/');
  });

  it('answers a body that is not JSON with a 400 JSON error, not an HTML page', async () => {
    const response = await post('{"query": ');
    expect(response.status).toBe(400);
    expect(response.type).toContain('application/json');
    expect(JSON.parse(response.body).errors[0].message).toMatch(/JSON/);
  });

  it('answers an unknown field with a 400 validation error', async () => {
    const response = await post(JSON.stringify({ query: '{ bureaus { nonsense } }' }));
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers a wrongly typed variable with BAD_USER_INPUT naming it', async () => {
    const response = await post(JSON.stringify({ query: 'query ($id: ID!) { bureau(id: $id) { name } }', variables: { id: { not: 'an id' } } }));
    const error = JSON.parse(response.body).errors[0];
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('$id');
  });

  it('answers a wrongly typed variable over graphql-ws with BAD_USER_INPUT too', async () => {
    const client = createClient({ url: `${url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${server.adminToken}` } });
    try {
      const outcome = await new Promise<unknown>((resolve) => {
        client.subscribe(
          { query: 'query ($id: ID!) { bureau(id: $id) { name } }', variables: { id: { not: 'an id' } } },
          { next: (value) => resolve(value), error: (error) => resolve(error), complete: () => resolve('complete') },
        );
      });
      const [error] = (outcome as { errors: { message: string; extensions: { code: string } }[] }).errors;
      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      expect(error.message).toContain('$id');
    } finally {
      await client.dispose();
    }
  });

  it('treats an id beyond the database range as bad input, not an internal error', async () => {
    const response = await post(JSON.stringify({ query: '{ bureau(id: "99999999999") { name } }' }));
    expect(JSON.parse(response.body).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

describe('error masking', () => {
  it('replaces the message of an unexpected error, which may hold SQL or paths, with a generic one', () => {
    const internal = new GraphQLError('select * from "staff" failed: connection to /var/run/postgresql refused', {
      originalError: new Error('select * from "staff" failed: connection to /var/run/postgresql refused'),
      path: ['staff'],
    });
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const formatted = formatError(internal.toJSON(), internal);
    logged.mockRestore();
    expect(formatted).toEqual({ message: 'Internal server error', path: ['staff'], locations: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL_SERVER_ERROR' } });
  });

  it('passes errors raised on purpose through unchanged', () => {
    const deliberate = badUserInput('code', 'DIVISION_CODE_FORMAT');
    expect(formatError(deliberate.toJSON(), deliberate)).toEqual(deliberate.toJSON());
    expect(deliberate.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code', reason: 'DIVISION_CODE_FORMAT' });
  });

  it('lets no error leave without a reason of the catalogue: one without is masked as internal', () => {
    const unreasoned = new GraphQLError('code: something no catalogue entry describes', { extensions: { code: 'BAD_USER_INPUT', field: 'code' } });
    expect(formatError(unreasoned.toJSON(), unreasoned)).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL_SERVER_ERROR' } });
  });
});
