import 'reflect-metadata';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { logInAsDemo } from '../../tests/support/http-client';
import { prepareBenchDatabase, startBenchServer, stopBenchServer } from './bench-server';
import { machineFacts, saveBenchReport } from './results';

const { values: options } = parseArgs({
  options: {
    staff: { type: 'string', default: '1000000' },
    year: { type: 'string', default: '2025' },
    connections: { type: 'string', default: '10' },
    duration: { type: 'string', default: '10' },
  },
});

const percentile = (sorted: number[], fraction: number) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]);

async function graphql(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<Record<string, any>> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: { extensions?: { reason?: string } }[] };
  if (body.errors?.length) throw Object.assign(new Error(JSON.stringify(body.errors)), { reason: body.errors[0].extensions?.reason });
  return body.data!;
}

const freeze = `mutation ($year: Int!, $bureauId: ID!) { freezeAnnualReturn(year: $year, bureauId: $bureauId) { id establishment { institutions activeStaff } staffProfile { total } } }`;
const progress = `query ($year: Int!, $bureauId: ID) { annualReportProgress(year: $year, bureauId: $bureauId) { bureau { code } standing overdue children { standing count } childrenOverdue } }`;

/**
 * npm run bench:report: the annual report at scale, on the benchmark database
 * (filled as `npm run bench` fills it): how long freezing the province's
 * return takes (the first time and made again), and the progress query's
 * latency at 10 connections, a random bureau among the province and its
 * prefectures per request, with the response cache off and on. Opens the year if it
 * is not yet; a return of the province already submitted is not made again.
 */
async function main(): Promise<void> {
  const year = Number(options.year);
  const databaseUrl = await prepareBenchDatabase(Number(options.staff));
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const bureaus = (await client.query<{ id: string; code: string }>(`select id::text, code from bureau where level in ('PROVINCE', 'PREFECTURE') order by code`)).rows;
  await client.end();
  const province = bureaus.find((bureau) => bureau.code.endsWith('0000'))!;
  const loadAtStart = os.loadavg();
  const server = await startBenchServer(databaseUrl, false);
  const freezes: { milliseconds: number; institutions: number; activeStaff: number }[] = [];
  try {
    const admin = await logInAsDemo(server.url, 'province');
    await graphql(server.url, admin, `mutation ($input: OpenReportingPeriodInput!) { openReportingPeriod(input: $input) { year } }`, {
      input: { year, cutoffOn: `${year}-12-31`, dueOn: `${year + 1}-03-31` },
    }).catch((error: { reason?: string }) => {
      if (error.reason !== 'REPORTING_YEAR_TAKEN') throw error;
    });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const started = performance.now();
      const made = (await graphql(server.url, admin, freeze, { year, bureauId: province.id })).freezeAnnualReturn;
      freezes.push({ milliseconds: Math.round(performance.now() - started), institutions: made.establishment.institutions, activeStaff: made.staffProfile.total });
      console.log(`froze the province's return for ${year}: ${freezes.at(-1)!.milliseconds} ms (${made.establishment.institutions} institutions, ${made.staffProfile.total} active staff)`);
    }
  } finally {
    await stopBenchServer(server.process);
  }

  const progressFigures: Record<'withoutResponseCache' | 'withResponseCache', { requestsPerSecond: number; latencyP50Ms: number; latencyP99Ms: number; requests: number }> = {} as never;
  for (const responseCache of [false, true]) {
    const reader = await startBenchServer(databaseUrl, responseCache);
    try {
      const latencies: number[] = [];
      const until = performance.now() + Number(options.duration) * 1000;
      const warmUntil = performance.now() + 2000;
      await Promise.all(
        Array.from({ length: Number(options.connections) }, async () => {
          while (performance.now() < until) {
            const bureau = bureaus[Math.floor(Math.random() * bureaus.length)];
            const started = performance.now();
            await graphql(reader.url, reader.token, progress, { year, bureauId: bureau.id });
            if (started > warmUntil) latencies.push(performance.now() - started);
          }
        }),
      );
      latencies.sort((a, b) => a - b);
      const figures = {
        requestsPerSecond: Math.round((latencies.length / (Number(options.duration) - 2)) * 10) / 10,
        latencyP50Ms: Math.round(percentile(latencies, 0.5) * 10) / 10,
        latencyP99Ms: Math.round(percentile(latencies, 0.99) * 10) / 10,
        requests: latencies.length,
      };
      progressFigures[responseCache ? 'withResponseCache' : 'withoutResponseCache'] = figures;
      console.log(`annualReportProgress: ${figures.requestsPerSecond} req/s, p50 ${figures.latencyP50Ms} ms, p99 ${figures.latencyP99Ms} ms (${options.connections} connections, response cache ${responseCache ? 'on' : 'off'})`);
    } finally {
      await stopBenchServer(reader.process);
    }
  }
  const report = {
    date: new Date().toISOString(),
    machine: { ...machineFacts(), loadAverageAtStart: loadAtStart.map((load) => Math.round(load * 100) / 100) },
    settings: { staff: Number(options.staff), year, connections: Number(options.connections), durationSeconds: Number(options.duration), warmupSeconds: 2 },
    freezeProvince: freezes,
    progress: progressFigures,
  };
  const file = saveBenchReport('report', 'latest-report.json', report);
  console.log(`saved ${path.relative(process.cwd(), file)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
