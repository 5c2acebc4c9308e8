import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { migrate, openOrm } from '../../server/database/orm';
import { fillToScale } from '../../server/scale/synthetic-scale';
import { seedIfEmpty } from '../../server/seed/seed';
import { databaseUrlWithName } from '../../server/database/scratch-database';
import { benchQueries, type BenchQuery } from './queries';
import { machineFacts, saveBenchReport } from './results';

interface Measurement {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  requests: number;
  non2xx: number;
  graphqlErrors: number;
  sqlStatementsPerRequest: number;
  serverRssMb: number;
}

const { values: options } = parseArgs({
  options: {
    staff: { type: 'string', default: '1000000' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
    only: { type: 'string' },
  },
});
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const databaseName = process.env.BENCH_DATABASE_NAME ?? 'bianzhi_bench';

async function prepareDatabase(): Promise<string> {
  const admin = new Client({ connectionString: databaseUrlWithName(serverUrl, 'postgres') });
  await admin.connect();
  const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [databaseName]);
  if (!rowCount) await admin.query(`create database "${databaseName}"`);
  await admin.end();
  const url = databaseUrlWithName(serverUrl, databaseName);
  const orm = await openOrm(url, { poolSize: 2 });
  try {
    await migrate(orm);
    await seedIfEmpty(orm);
  } finally {
    await orm.close();
  }
  const filled = await fillToScale(url, { staff: Number(options.staff) });
  if (filled.addedStaff > 0) console.log(`filled: ${filled.addedInstitutions} institutions, ${filled.addedStaff} staff, ${filled.openAlerts} open alerts in ${filled.seconds.toFixed(1)} s`);
  return url;
}

async function startServer(databaseUrl: string, responseCache: boolean): Promise<{ url: string; token: string; process: ChildProcess }> {
  const child = spawn(process.execPath, [path.join(__dirname, 'server.js')], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'production', RESPONSE_CACHE: String(responseCache) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const { url, token } = await new Promise<{ url: string; token: string }>((resolve, reject) => {
    let buffered = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const line = buffered.split('\n').find((candidate) => candidate.startsWith('{"url"'));
      if (line) resolve(JSON.parse(line) as { url: string; token: string });
    });
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return { url, token, process: child };
}

async function stats(url: string): Promise<{ graphqlStatements: number; limitStatements: number; rss: number }> {
  return (await fetch(`${url}/bench/stats`)).json() as never;
}

async function post(url: string, body: string, token: string): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
  return response.json();
}

async function measure(serverUrl: string, token: string, target: string, body: string, statementsKey: 'graphqlStatements' | 'limitStatements'): Promise<Measurement> {
  const run = (seconds: number) =>
    new Promise<autocannon.Result & { graphqlErrors: number }>((resolve, reject) => {
      let graphqlErrors = 0;
      const instance = autocannon(
        {
          url: target,
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body,
          connections: Number(options.connections),
          duration: seconds,
          setupClient: (client) => {
            client.on('body', (buffer: Buffer) => {
              if (buffer.includes('"errors"')) graphqlErrors += 1;
            });
          },
        },
        (error, result) => (error ? reject(error) : resolve({ ...result, graphqlErrors })),
      );
      void instance;
    });
  await run(Number(options.warmup));
  const before = await stats(serverUrl);
  let peakRss = before.rss;
  const sampler = setInterval(() => {
    void stats(serverUrl).then((sample) => {
      peakRss = Math.max(peakRss, sample.rss);
    });
  }, 500);
  const result = await run(Number(options.duration));
  clearInterval(sampler);
  const after = await stats(serverUrl);
  const requests = result.requests.total;
  return {
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    requests,
    non2xx: result.non2xx + result.errors,
    graphqlErrors: result.graphqlErrors,
    sqlStatementsPerRequest: requests === 0 ? 0 : Math.round(((after[statementsKey] - before[statementsKey]) / requests) * 100) / 100,
    serverRssMb: Math.round((Math.max(peakRss, after.rss) / 1024 / 1024) * 10) / 10,
  };
}

async function sameAnswer(server: string, token: string, query: BenchQuery): Promise<boolean> {
  const graphqlAnswer = (await post(`${server}/graphql`, JSON.stringify({ query: query.graphql }), token)) as { data?: unknown; errors?: unknown };
  const limitAnswer = (await post(`${server}/bench/limit/${query.name}`, '{}', token)) as { data?: unknown };
  const same = !graphqlAnswer.errors && isDeepStrictEqual(graphqlAnswer.data, limitAnswer.data);
  if (!same) console.warn(`${query.name}: the GraphQL answer and the SQL limit's differ`, JSON.stringify(graphqlAnswer).slice(0, 400), JSON.stringify(limitAnswer).slice(0, 400));
  return same;
}

const ratio = (measured: Measurement, limit: Measurement) => Math.round((measured.requestsPerSecond / limit.requestsPerSecond) * 100) / 100;

const describe = (label: string, measurement: Measurement) =>
  `  ${label.padEnd(17)} ${measurement.requestsPerSecond} req/s, p50 ${measurement.latencyP50Ms} ms, p99 ${measurement.latencyP99Ms} ms, ` +
  `${measurement.sqlStatementsPerRequest} SQL/request, RSS ${measurement.serverRssMb} MB, errors ${measurement.graphqlErrors + measurement.non2xx}`;

/**
 * Each query three ways, in one run: GraphQL with the response cache (a server
 * as `npm start` runs it), GraphQL without it (every request executed), and the
 * hand-written SQL limit over the same HTTP stack.
 */
async function main(): Promise<void> {
  const databaseUrl = await prepareDatabase();
  const queries = benchQueries.filter((candidate) => !options.only || options.only.split(',').includes(candidate.name));
  const measured = new Map<string, { sameAnswer: boolean; cached?: Measurement; uncached?: Measurement; limit?: Measurement }>();
  for (const responseCache of [true, false]) {
    const server = await startServer(databaseUrl, responseCache);
    try {
      for (const query of queries) {
        const entry = measured.get(query.name) ?? { sameAnswer: await sameAnswer(server.url, server.token, query) };
        const body = JSON.stringify({ query: query.graphql });
        if (responseCache) {
          entry.cached = await measure(server.url, server.token, `${server.url}/graphql`, body, 'graphqlStatements');
          entry.limit = await measure(server.url, server.token, `${server.url}/bench/limit/${query.name}`, '{}', 'limitStatements');
        } else {
          entry.uncached = await measure(server.url, server.token, `${server.url}/graphql`, body, 'graphqlStatements');
        }
        measured.set(query.name, entry);
      }
    } finally {
      server.process.kill('SIGTERM');
      await new Promise((resolve) => server.process.once('exit', resolve));
    }
  }
  const results = queries.map((query) => {
    const { sameAnswer: same, cached, uncached, limit } = measured.get(query.name)!;
    return {
      name: query.name,
      description: query.description,
      sameAnswer: same,
      graphqlWithResponseCache: cached!,
      graphqlWithoutResponseCache: uncached!,
      limit: limit!,
      ratioToLimit: { withResponseCache: ratio(cached!, limit!), withoutResponseCache: ratio(uncached!, limit!) },
    };
  });
  for (const result of results) {
    console.log(
      `${result.name} ${result.description} (same answer as the limit: ${result.sameAnswer})\n` +
        `${describe('GraphQL, cached', result.graphqlWithResponseCache)}\n` +
        `${describe('GraphQL, uncached', result.graphqlWithoutResponseCache)}\n` +
        `${describe('SQL limit', result.limit)}\n` +
        `  ratio to limit: ${result.ratioToLimit.withResponseCache} cached, ${result.ratioToLimit.withoutResponseCache} uncached`,
    );
  }
  const report = {
    date: new Date().toISOString(),
    machine: machineFacts(),
    settings: { staff: Number(options.staff), connections: Number(options.connections), durationSeconds: Number(options.duration), warmupSeconds: Number(options.warmup) },
    results,
  };
  const file = saveBenchReport('bench', 'latest.json', report);
  console.log(`saved ${path.relative(process.cwd(), file)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
