import 'reflect-metadata';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Client } from 'pg';
import { migrate, openOrm } from '../../server/database/orm';
import { makeNationalId } from '../../server/modules/staff/national-id';
import { seedIfEmpty } from '../../server/seed/seed';
import { BureausDocument, CreateEGovUnitDocument, CreateQuotaDocument, CreateStaffDocument, DeleteStaffDocument } from '../../tests/generated/graphql';
import { subscribeToAlerts, type AlertSubscriber } from '../../tests/support/alert-subscriber';
import { callGraphql, logInAsDemo } from '../../tests/support/http-client';
import { createDatabase, databaseUrlWithName, dropDatabase } from '../../server/database/scratch-database';
import { freePort, startServerProcess, type ServerProcess } from '../../tests/support/server-process';
import { machineFacts, saveBenchReport } from './results';

const { values: options } = parseArgs({
  options: {
    subscribers: { type: 'string', default: '1000' },
    rates: { type: 'string', default: '100,1000' },
    duration: { type: 'string', default: '10' },
    units: { type: 'string', default: '200' },
  },
});
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

/** Each server process's session token of the demo province administrator. */
const tokens = new Map<string, string>();

async function tokenFor(url: string): Promise<string> {
  if (!tokens.has(url)) tokens.set(url, await logInAsDemo(url, 'province'));
  return tokens.get(url)!;
}

async function call<Result, Variables>(url: string, document: TypedDocumentNode<Result, Variables>, variables: Variables): Promise<Result> {
  return callGraphql(url, await tokenFor(url), document, variables);
}

function rssMegabytes(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round((kilobytes / 1024) * 10) / 10;
}

const percentile = (sorted: number[], fraction: number) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]);

/**
 * npm run bench:alerts: two server processes on one PostgreSQL database; 1,000
 * graphql-ws subscribers spread over the bureaus and the two servers; alert
 * events produced by real writes through the API (a person added beyond a
 * quota of one, then removed: one raise and one resolution) at the target rate.
 * Measures delivery latency from the event's commit to its receipt, delivered
 * against expected, duplicates, and the servers' RSS.
 */
async function main(): Promise<void> {
  const subscriberCount = Number(options.subscribers);
  const seconds = Number(options.duration);
  const databaseName = await createDatabase(serverUrl, 'bianzhi_bench_alerts');
  const databaseUrl = databaseUrlWithName(serverUrl, databaseName);
  const servers: ServerProcess[] = [];
  const subscribers: { subscriber: AlertSubscriber; path: string }[] = [];
  try {
    const orm = await openOrm(databaseUrl, { poolSize: 2 });
    await migrate(orm);
    await seedIfEmpty(orm);
    await orm.close();
    servers.push(await startServerProcess(databaseUrl, await freePort()), await startServerProcess(databaseUrl, await freePort()));

    const bureaus = (await call(servers[0].url, BureausDocument, { limit: 1000 })).bureaus.items;
    const counties = bureaus.filter((bureau) => bureau.level === 'COUNTY');
    for (let index = 0; index < subscriberCount; index += 1) {
      const bureau = bureaus[index % bureaus.length];
      subscribers.push({ subscriber: subscribeToAlerts(servers[index % 2].url, bureau.id, null, await tokenFor(servers[index % 2].url)), path: bureau.path });
    }

    const units: { id: string; code: string; server: string }[] = [];
    for (let index = 0; index < Number(options.units); index += 1) {
      const county = counties[index % counties.length];
      const server = servers[index % 2].url;
      const unit = (await call(server, CreateEGovUnitDocument, { input: { bureauId: county.id, name: `压测中心${index}`, rank: 'SUB_SECTION' } })).createEGovUnit;
      await call(server, CreateQuotaDocument, { input: { institutionId: unit.id, category: 'PUBLIC_INSTITUTION', approvedHeadcount: 0, documentNumber: '压测编〔2014〕1号', effectiveOn: '2014-01-01' } });
      units.push({ id: unit.id, code: county.code, server });
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const connected = subscribers.filter(({ subscriber }) => subscriber.errors.length === 0).length;

    const admin = new Client({ connectionString: databaseUrl });
    await admin.connect();
    let person = 0;

    /** One phase at a target rate: each unit's worker runs raise/resolve cycles (two writes, two events), paced overall. */
    async function runPhase(targetEventsPerSecond: number) {
      const { rows: [{ last }] } = await admin.query<{ last: string }>('select coalesce(max(id), 0)::text as last from quota_alert_event');
      const firstEvent = subscribers.map(({ subscriber }) => subscriber.events.length);
      let writes = 0;
      let failures = 0;
      const started = Date.now();
      const deadline = started + seconds * 1000;
      const cycleInterval = (units.length * 2 * 1000) / targetEventsPerSecond;
      await Promise.all(
        units.map(async (unit, index) => {
          let next = started + (index * cycleInterval) / units.length;
          while (Date.now() < deadline) {
            const wait = next - Date.now();
            if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
            next += cycleInterval;
            try {
              person += 1;
              const staff = (await call(unit.server, CreateStaffDocument, {
                input: { institutionId: unit.id, quotaCategory: 'PUBLIC_INSTITUTION', name: `压测${person}`, nationalId: makeNationalId(unit.code, '1980-01-01', person, 'MALE'), education: 'BACHELOR', position: '科员', hiredOn: '2014-02-01' },
              })).createStaff;
              await call(unit.server, DeleteStaffDocument, { id: staff.id, version: staff.version });
              writes += 2;
            } catch {
              failures += 1;
            }
          }
        }),
      );
      const elapsed = (Date.now() - started) / 1000;
      const rss = servers.map((server) => rssMegabytes(server.child.pid!));
      const { rows: events } = await admin.query<{ path: string }>('select bureau_path as path from quota_alert_event where id > $1::bigint', [last]);
      const expectedDeliveries = events.reduce((sum, event) => sum + subscribers.filter(({ path: subscribed }) => event.path.startsWith(subscribed)).length, 0);
      const delivered = () => subscribers.reduce((sum, { subscriber }, index) => sum + subscriber.events.length - firstEvent[index], 0);
      const settleDeadline = Date.now() + 10000;
      while (delivered() < expectedDeliveries && Date.now() < settleDeadline) await new Promise((resolve) => setTimeout(resolve, 100));
      const latencies: number[] = [];
      let duplicates = 0;
      subscribers.forEach(({ subscriber }, index) => {
        const seen = new Set<string>();
        for (let position = firstEvent[index]; position < subscriber.events.length; position += 1) {
          const event = subscriber.events[position];
          if (seen.has(event.cursor)) duplicates += 1;
          seen.add(event.cursor);
          latencies.push(subscriber.receivedAt[position] - Date.parse(event.occurredAt));
        }
      });
      latencies.sort((first, second) => first - second);
      return {
        targetEventsPerSecond,
        eventsPerSecond: Math.round((events.length / elapsed) * 10) / 10,
        writes,
        writeFailures: failures,
        events: events.length,
        expectedDeliveries,
        delivered: delivered(),
        duplicates,
        latencyMs: { p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), max: latencies.at(-1) ?? 0 },
        serverRssMb: rss,
      };
    }

    const phases = [];
    for (const rate of options.rates!.split(',').map(Number)) phases.push(await runPhase(rate));
    await admin.end();
    const report = {
      date: new Date().toISOString(),
      machine: machineFacts(),
      settings: { subscribers: subscriberCount, serverProcesses: 2, durationSecondsPerPhase: seconds, units: units.length },
      subscribersConnected: connected,
      phases,
    };
    console.log(JSON.stringify(report, null, 2));
    saveBenchReport('alerts', 'latest-alerts.json', report);
  } finally {
    await Promise.all(subscribers.map(({ subscriber }) => subscriber.close()));
    await Promise.all(servers.map((server) => server.stop()));
    await dropDatabase(serverUrl, databaseName);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
