import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { useTestServer } from './support/test-server';

const server = useTestServer();

/** `bureau(id) { parent { parent { … } } }` nested `depth` times. */
function deepSelection(depth: number): string {
  return `${'parent { '.repeat(depth)}code${' }'.repeat(depth)}`;
}

describe('validation limits, the same over HTTP and graphql-ws', () => {
  it('refuses a query nested deeper than the limit over HTTP with a 400, and accepts a reasonable one', async () => {
    const ask = async (depth: number) => {
      const response = await fetch(`${server.bianzhi.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${server.adminToken}` },
        body: JSON.stringify({ query: `{ bureauByCode(code: "520302") { ${deepSelection(depth)} } }` }),
      });
      return { status: response.status, body: (await response.json()) as { errors?: { message: string }[] } };
    };
    const deep = await ask(20);
    expect(deep.status).toBe(400);
    expect(deep.body.errors?.[0].message).toMatch(/depth/i);
    expect((await ask(2)).status).toBe(200);
  });

  it('refuses more aliases than the limit with a 400', async () => {
    const aliases = Array.from({ length: 40 }, (_, index) => `a${index}: bureauByCode(code: "520302") { code }`).join(' ');
    const response = await fetch(`${server.bianzhi.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${server.adminToken}` }, body: JSON.stringify({ query: `{ ${aliases} }` }) });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toMatch(/alias/i);
  });

  it('refuses the same depth in a subscription over graphql-ws', async () => {
    const province = await server.bureauByCode('520000');
    const client = createClient({ url: `${server.bianzhi.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${server.adminToken}` } });
    try {
      const outcome = await new Promise<unknown>((resolve) => {
        client.subscribe(
          { query: `subscription { quotaAlerts(under: "${province.id}") { alert { bureau { ${deepSelection(20)} } } } }` },
          { next: (value) => resolve(value), error: (error) => resolve(error), complete: () => resolve('complete') },
        );
      });
      expect(JSON.stringify(outcome)).toMatch(/depth/i);
    } finally {
      await client.dispose();
    }
  });

  /** Sends a query over HTTP as the admin; its status and body. */
  async function post(query: string) {
    const response = await fetch(`${server.bianzhi.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.adminToken}` },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, body: (await response.json()) as { errors?: { message: string }[] } };
  }

  /** The first answer to a single operation over graphql-ws: a result, an error, or the socket's close code. */
  async function overWebSocket(query: string): Promise<string> {
    const client = createClient({ url: `${server.bianzhi.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${server.adminToken}` } });
    try {
      return await new Promise<string>((resolve) => {
        client.on('closed', (event) => resolve(`closed ${(event as { code: number }).code}`));
        client.subscribe({ query }, { next: (value) => resolve(JSON.stringify(value)), error: (error) => resolve(JSON.stringify(error)), complete: () => resolve('complete') });
      });
    } finally {
      await client.dispose();
    }
  }

  it('refuses a document of more tokens than the limit before building it, with a 400 over HTTP and an error over graphql-ws', async () => {
    const fields = Array.from({ length: 2500 }, () => '__typename').join(' ');
    const http = await post(`{ ${fields} }`);
    expect(http.status).toBe(400);
    expect(http.body.errors?.[0].message).toMatch(/tokens/i);
    expect(await overWebSocket(`{ ${fields} }`)).toMatch(/tokens/i);
    expect((await post('{ __typename }')).status).toBe(200);
  });

  it('refuses a query costing more than the limit with a 400 over HTTP and an error over graphql-ws', async () => {
    // Within the depth and token limits, but wide at every level: the cost multiplies with depth.
    const level = (depth: number): string => (depth === 0 ? 'code name path level divisionName' : `code name path children { ${level(depth - 1)} } descendants { ${level(depth - 1)} }`);
    const query = `{ bureauByCode(code: "520000") { ${level(6)} } }`;
    const http = await post(query);
    expect(http.status).toBe(400);
    expect(http.body.errors?.[0].message).toMatch(/cost/i);
    expect(await overWebSocket(query)).toMatch(/cost/i);
  });

  it('closes a WebSocket whose message is larger than 64 KiB', async () => {
    const padding = 'x'.repeat(70 * 1024);
    expect(await overWebSocket(`{ __typename } # ${padding}`)).toBe('closed 1009');
  });
});
