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
});
