import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { print } from 'graphql';
import { maximumPageSize } from '../server/common/list-arguments';
import { graphqlFilesUnder, operationsOf } from './support/operation-documents';
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
  async function post(query: string, variables?: Record<string, unknown>) {
    const response = await fetch(`${server.bianzhi.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.adminToken}` },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
  }

  /** The first answer to a single operation over graphql-ws: a result, an error, or the socket's close code. */
  async function overWebSocket(query: string, variables?: Record<string, unknown>): Promise<string> {
    const client = createClient({ url: `${server.bianzhi.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${server.adminToken}` } });
    try {
      return await new Promise<string>((resolve) => {
        client.on('closed', (event) => resolve(`closed ${(event as { code: number }).code}`));
        client.subscribe({ query, variables }, { next: (value) => resolve(JSON.stringify(value)), error: (error) => resolve(JSON.stringify(error)), complete: () => resolve('complete') });
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

  // Short, but every bureau of a page of 1,000 with every bureau under it and their children: the rows multiply.
  const nestedLists = '{ bureaus(limit: 1000) { items { code name descendants { code name children { code name } } } } }';
  const flatPage = 'bureaus(limit: 1000) { items { id code name path level divisionName parentId version updatedAt } }';

  it('refuses a short query of nested lists, whose rows multiply, with a 400 stating its cost and the limit', async () => {
    const answer = await post(nestedLists);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0].message).toMatch(/cost is \d+, over the limit of \d+/);
    expect(answer.body.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('refuses 12 aliases of a page that is accepted alone: each alias counts its rows', async () => {
    const alone = await post(`{ ${flatPage} }`);
    expect(alone.status).toBe(200);
    expect(alone.body.errors).toBeUndefined();
    const aliased = await post(`{ ${Array.from({ length: 12 }, (_, index) => `a${index}: ${flatPage}`).join(' ')} }`);
    expect(aliased.status).toBe(400);
    expect(aliased.body.errors?.[0].message).toMatch(/cost/);
  });

  it("accepts the largest page (1,000) of the admin client's widest lists", async () => {
    const lists = operationsOf(graphqlFilesUnder('admin/src')).filter((entry) => entry.operation.variableDefinitions?.some((definition) => definition.variable.name.value === 'limit'));
    expect(lists.length).toBeGreaterThanOrEqual(5);
    for (const list of lists) {
      const answer = await post(print(list.document), { limit: maximumPageSize, offset: 0 });
      expect({ list: list.name, status: answer.status, errors: answer.body.errors }).toEqual({ list: list.name, status: 200, errors: undefined });
    }
  });

  it('counts a limit given as a variable, over HTTP and over graphql-ws alike', async () => {
    const query = 'query ($rows: Int!) { bureaus(limit: $rows) { items { code descendants { code children { code } } } } }';
    const costly = await post(query, { rows: 1000 });
    expect(costly.status).toBe(400);
    expect(costly.body.errors?.[0].message).toMatch(/cost/);
    expect(await overWebSocket(query, { rows: 1000 })).toMatch(/cost is \d+, over the limit/);
    expect((await post(query, { rows: 1 })).status).toBe(200);
    expect(await overWebSocket(query, { rows: 1 })).toMatch(/"data"/);
  });

  it('closes a WebSocket whose message is larger than 64 KiB', async () => {
    const padding = 'x'.repeat(70 * 1024);
    expect(await overWebSocket(`{ __typename } # ${padding}`)).toBe('closed 1009');
  });
});
