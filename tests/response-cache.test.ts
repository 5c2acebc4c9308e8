import { jest } from '@jest/globals';
import { Client } from 'pg';
import { BureauByCodeDocument, UpdateBureauDocument } from './generated/graphql';
import { print } from 'graphql';
import { AccountRole } from '../server/modules/account/account-role';
import { tokenFor } from './support/credentials';
import { askGraphql } from './support/http-client';
import { useTestServer } from './support/test-server';

const server = useTestServer();

/** The cache header of one answer, sent as a client sends it. */
async function cacheStatusOf(query: string, variables: Record<string, unknown> = {}): Promise<string | null> {
  const response = await fetch(`${server.bianzhi.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.adminToken}` },
    body: JSON.stringify({ query, variables }),
  });
  await response.body?.cancel();
  return response.headers.get('x-bianzhi-cache');
}

async function statementsFor(run: () => Promise<unknown>): Promise<number> {
  const before = server.bianzhi.statementCount();
  await run();
  return server.bianzhi.statementCount() - before;
}

describe('answers kept between requests', () => {
  it('answers a repeated query with one statement while nothing was written', async () => {
    const first = await server.data(BureauByCodeDocument, { code: '520300' });
    let again: unknown;
    const statements = await statementsFor(async () => {
      again = await server.data(BureauByCodeDocument, { code: '520300' });
    });
    expect(again).toEqual(first);
    expect(statements).toBe(1);
  });

  it('never serves an answer older than a write made through the API', async () => {
    const bureau = (await server.data(BureauByCodeDocument, { code: '520302' })).bureauByCode!;
    await server.data(UpdateBureauDocument, { input: { id: bureau.id, version: bureau.version, name: '通过接口改名' } });
    expect((await server.data(BureauByCodeDocument, { code: '520302' })).bureauByCode!.name).toBe('通过接口改名');
  });

  it('never serves an answer older than a write made straight to the database by another client', async () => {
    await server.data(BureauByCodeDocument, { code: '520303' });
    const client = new Client({ connectionString: server.bianzhi.orm.config.getClientUrl() });
    await client.connect();
    try {
      await client.query(`update bureau set name = '另一客户端改名' where code = '520303'`);
    } finally {
      await client.end();
    }
    expect((await server.data(BureauByCodeDocument, { code: '520303' })).bureauByCode!.name).toBe('另一客户端改名');
  });

  it('never serves an answer of yesterday in China: an approval to use posts expires at midnight without any write', async () => {
    // The embedded engine reads its clock from this process: the token must outlive the day skipped.
    const token = await tokenFor(server.bianzhi, AccountRole.AUDITOR, null, 3 * 86_400_000);
    const ask = () => askGraphql(server.bianzhi.url, token, print(BureauByCodeDocument), { code: '520301' });
    expect((await ask()).errors).toEqual([]);
    expect(await statementsFor(ask)).toBe(1);
    // Only the clock moves on a day; timers keep running, so the server still answers.
    jest.useFakeTimers({ now: Date.now() + 86_400_000, doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'] });
    try {
      let answer: Awaited<ReturnType<typeof ask>> | undefined;
      expect(await statementsFor(async () => (answer = await ask()))).toBeGreaterThan(1);
      expect(answer!.errors).toEqual([]);
    } finally {
      jest.useRealTimers();
    }
  });

  it('keeps answers apart by variables', async () => {
    const zunyi = (await server.data(BureauByCodeDocument, { code: '520300' })).bureauByCode!;
    const anshun = (await server.data(BureauByCodeDocument, { code: '520400' })).bureauByCode!;
    expect(zunyi.code).toBe('520300');
    expect(anshun.code).toBe('520400');
  });

  it('tells a hit from a miss in a header, and marks no mutation', async () => {
    const query = 'query ($code: String!) { bureauByCode(code: $code) { id version name } }';
    expect(await cacheStatusOf(query, { code: '520500' })).toBe('miss');
    expect(await cacheStatusOf(query, { code: '520500' })).toBe('hit');
    const bureau = (await server.data(BureauByCodeDocument, { code: '520500' })).bureauByCode!;
    const rename = 'mutation ($input: UpdateBureauInput!) { updateBureau(input: $input) { id } }';
    expect(await cacheStatusOf(rename, { input: { id: bureau.id, version: bureau.version, name: '缓存头改名' } })).toBeNull();
    expect(await cacheStatusOf(query, { code: '520500' })).toBe('miss');
    expect(await cacheStatusOf(query, { code: '520500' })).toBe('hit');
  });
});
