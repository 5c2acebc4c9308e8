import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Client } from 'pg';
import { makeNationalId } from '../server/modules/staff/national-id';
import { BureauByCodeDocument, CreateEGovUnitDocument, CreateQuotaDocument, CreateStaffDocument, DeleteStaffDocument } from './generated/graphql';
import { subscribeToAlerts } from './support/alert-subscriber';
import { callGraphql, logInAsDemo } from './support/http-client';
import { freePort, startServerProcess, type ServerProcess } from './support/server-process';
import { seededTestDatabase } from './support/test-server';

/** Each server process's session token of the demo province administrator. */
const tokens = new Map<string, string>();

async function call<Result, Variables>(url: string, document: TypedDocumentNode<Result, Variables>, variables: Variables): Promise<Result> {
  if (!tokens.has(url)) tokens.set(url, await logInAsDemo(url, 'province'));
  return callGraphql(url, tokens.get(url)!, document, variables);
}

async function tokenFor(url: string): Promise<string> {
  if (!tokens.has(url)) tokens.set(url, await logInAsDemo(url, 'province'));
  return tokens.get(url)!;
}

let person = 0;
async function overStaffedUnit(url: string, countyCode: string) {
  const county = (await call(url, BureauByCodeDocument, { code: countyCode })).bureauByCode!;
  const unit = (await call(url, CreateEGovUnitDocument, { input: { bureauId: county.id, name: `多进程预警中心${countyCode}`, rank: 'SUB_SECTION' } })).createEGovUnit;
  await call(url, CreateQuotaDocument, { input: { institutionId: unit.id, category: 'PUBLIC_INSTITUTION', approvedHeadcount: 1, documentNumber: '测编〔2014〕9号', effectiveOn: '2014-01-01' } });
  await hire(url, unit.id, countyCode);
  return { county, unit };
}

async function hire(url: string, institutionId: string, regionCode: string) {
  person += 1;
  return (await call(url, CreateStaffDocument, {
    input: { institutionId, quotaCategory: 'PUBLIC_INSTITUTION', name: `多进程${person}`, nationalId: makeNationalId(regionCode, '1984-04-04', 700 + person, 'MALE'), education: 'BACHELOR', position: '科员', hiredOn: '2014-02-01' },
  })).createStaff;
}

/** One raise and one resolution: a second person beyond a quota of one, then removed again. */
async function alertCycle(url: string, institutionId: string, regionCode: string): Promise<void> {
  const extra = await hire(url, institutionId, regionCode);
  await call(url, DeleteStaffDocument, { id: extra.id, version: extra.version });
}

async function eventCursorsUnder(databaseUrl: string, path: string): Promise<string[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ cursor: string }>(`select id::text as cursor from quota_alert_event where bureau_path like $1 order by quota_alert_event.id`, [`${path}%`]);
    return rows.map((row) => row.cursor);
  } finally {
    await client.end();
  }
}

// Several processes on one database need a PostgreSQL server; the embedded engine belongs to one process.
const describeOnPostgres = process.env.TEST_DATABASE_URL ? describe : describe.skip;

describeOnPostgres('alerts across server processes (PostgreSQL LISTEN/NOTIFY)', () => {
  let databaseUrl: string;
  const servers: ServerProcess[] = [];
  beforeAll(async () => {
    databaseUrl = await seededTestDatabase();
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop().catch(() => undefined)));
  });

  it('delivers an alert raised through one process to a subscriber of another', async () => {
    const first = await startServerProcess(databaseUrl, await freePort());
    const second = await startServerProcess(databaseUrl, await freePort());
    servers.push(first, second);
    const prefecture = (await call(second.url, BureauByCodeDocument, { code: '520500' })).bureauByCode!;
    const subscriber = subscribeToAlerts(second.url, prefecture.id, null, await tokenFor(second.url));
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const { unit } = await overStaffedUnit(first.url, '520521');
      await alertCycle(first.url, unit.id, '520521');
      await subscriber.waitFor((events) => events.length >= 2);
      expect(subscriber.events.map((event) => [event.type, event.alert.institutionId])).toEqual([
        ['RAISED', unit.id],
        ['RESOLVED', unit.id],
      ]);
    } finally {
      await subscriber.close();
    }
  });

  it('misses nothing and repeats nothing when the subscriber\'s server crashes and restarts mid-stream', async () => {
    const port = await freePort();
    let watched = await startServerProcess(databaseUrl, port);
    const writer = await startServerProcess(databaseUrl, await freePort());
    servers.push(writer);
    const prefecture = (await call(writer.url, BureauByCodeDocument, { code: '520600' })).bureauByCode!;
    const { unit } = await overStaffedUnit(writer.url, '520602');
    const firstCursor = (await eventCursorsUnder(databaseUrl, '520000/520600/')).at(-1) ?? '0';
    const subscriber = subscribeToAlerts(watched.url, prefecture.id, firstCursor, await tokenFor(watched.url));
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const cycles = 30;
      for (let cycle = 0; cycle < cycles; cycle += 1) {
        if (cycle === 10) await watched.kill();
        if (cycle === 20) {
          watched = await startServerProcess(databaseUrl, port);
          servers.push(watched);
        }
        await alertCycle(writer.url, unit.id, '520602');
      }
      const expected = (await eventCursorsUnder(databaseUrl, '520000/520600/')).filter((cursor) => BigInt(cursor) > BigInt(firstCursor));
      expect(expected).toHaveLength(cycles * 2);
      await subscriber.waitFor((events) => events.length >= expected.length, 20000);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const received = subscriber.events.map((event) => event.cursor);
      const missed = expected.filter((cursor) => !received.includes(cursor));
      const duplicated = received.length - new Set(received).size;
      expect({ missed: missed.length, duplicated }).toEqual({ missed: 0, duplicated: 0 });
      expect(received).toEqual(expected);
    } finally {
      await subscriber.close();
    }
  });
});
