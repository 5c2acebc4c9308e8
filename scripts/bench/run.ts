import 'reflect-metadata';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { benchQueries, type BenchQuery } from './queries';
import { machineFacts, saveBenchReport } from './results';
import { benchDatabaseName, prepareBenchDatabase, startBenchServer, stopBenchServer } from './bench-server';
import { describeWrites, entryExitWorkloadName, measureEntryExit, type WriteMeasurement } from './writes';
import { describeMixed, measureMixed, mixedReadQueryNames, mixedWorkloadName, type MixedMeasurement } from './mixed';

/** One request's variables, drawn at random from the query's candidates (none: the query takes no variables). */
type Variables = Record<string, unknown>;

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
async function stats(url: string): Promise<{ graphqlStatements: number; limitStatements: number; rss: number }> {
  return (await fetch(`${url}/bench/stats`)).json() as never;
}

/** The candidate variables of a query with varied arguments: every row of its `variantsSql`. */
async function variantsOf(databaseUrl: string, query: BenchQuery): Promise<Variables[]> {
  if (!query.variantsSql) return [{}];
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<Variables>(query.variantsSql);
    if (rows.length === 0) throw new Error(`${query.name}: no candidate arguments`);
    return rows;
  } finally {
    await client.end();
  }
}

const pick = (variants: Variables[]) => variants[Math.floor(Math.random() * variants.length)];

async function post(url: string, body: string, token: string): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
  return response.json();
}

/** `bodyFor` builds each request's body: with varied arguments, a new draw per request. */
async function measure(serverUrl: string, token: string, target: string, bodyFor: () => string, statementsKey: 'graphqlStatements' | 'limitStatements'): Promise<Measurement> {
  const run = (seconds: number) =>
    new Promise<autocannon.Result & { graphqlErrors: number }>((resolve, reject) => {
      let graphqlErrors = 0;
      const instance = autocannon(
        {
          url: target,
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: bodyFor(),
          requests: [{ setupRequest: (request) => ({ ...request, body: bodyFor() }) }],
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

const graphqlBody = (query: BenchQuery, variables: Variables) => JSON.stringify(query.variantsSql ? { query: query.graphql, variables } : { query: query.graphql });
const limitBody = (variables: Variables) => JSON.stringify({ variables });

/** The variants compared with the limit: every one when few, else this many drawn at random. */
const comparedVariants = 25;

/** Whether GraphQL and the limit give the same answer, for every variant compared; the variants compared. */
async function sameAnswer(server: string, token: string, query: BenchQuery, variants: Variables[]): Promise<{ same: boolean; compared: number }> {
  const compared = variants.length <= comparedVariants ? variants : Array.from({ length: comparedVariants }, () => pick(variants));
  for (const variables of compared) {
    const graphqlAnswer = (await post(`${server}/graphql`, graphqlBody(query, variables), token)) as { data?: unknown; errors?: unknown };
    const limitAnswer = (await post(`${server}/bench/limit/${query.name}`, limitBody(variables), token)) as { data?: unknown };
    const same = !graphqlAnswer.errors && isDeepStrictEqual(graphqlAnswer.data, limitAnswer.data);
    if (!same) {
      console.warn(`${query.name} ${JSON.stringify(variables)}: the GraphQL answer and the SQL limit's differ`, JSON.stringify(graphqlAnswer).slice(0, 600), JSON.stringify(limitAnswer).slice(0, 600));
      return { same: false, compared: compared.length };
    }
  }
  return { same: true, compared: compared.length };
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
  const databaseUrl = await prepareBenchDatabase(Number(options.staff));
  const selected = (name: string) => !options.only || options.only.split(',').includes(name);
  const queries = benchQueries.filter((candidate) => selected(candidate.name));
  const variants = new Map<string, Variables[]>();
  for (const query of queries) variants.set(query.name, await variantsOf(databaseUrl, query));
  const loadAtStart = os.loadavg();
  const started = new Date().toISOString();
  const measured = new Map<string, { sameAnswer: boolean; comparedVariants: number; cached?: Measurement; uncached?: Measurement; limit?: Measurement }>();
  for (const responseCache of queries.length > 0 ? [true, false] : []) {
    const server = await startBenchServer(databaseUrl, responseCache);
    try {
      for (const query of queries) {
        const candidates = variants.get(query.name)!;
        let entry = measured.get(query.name);
        if (!entry) {
          const { same, compared } = await sameAnswer(server.url, server.token, query, candidates);
          entry = { sameAnswer: same, comparedVariants: compared };
        }
        const graphql = () => graphqlBody(query, pick(candidates));
        if (responseCache) {
          entry.cached = await measure(server.url, server.token, `${server.url}/graphql`, graphql, 'graphqlStatements');
          entry.limit = await measure(server.url, server.token, `${server.url}/bench/limit/${query.name}`, () => limitBody(pick(candidates)), 'limitStatements');
        } else {
          entry.uncached = await measure(server.url, server.token, `${server.url}/graphql`, graphql, 'graphqlStatements');
        }
        measured.set(query.name, entry);
      }
    } finally {
      await stopBenchServer(server.process);
    }
  }
  const results = queries.map((query) => {
    const { sameAnswer: same, comparedVariants: compared, cached, uncached, limit } = measured.get(query.name)!;
    return {
      name: query.name,
      description: query.description,
      variedArguments: query.variantsSql ? { candidates: variants.get(query.name)!.length, drawnPerRequest: true } : null,
      comparison: query.comparison ?? 'exact',
      sameAnswer: same,
      comparedVariants: compared,
      graphqlWithResponseCache: cached!,
      graphqlWithoutResponseCache: uncached!,
      limit: limit!,
      ratioToLimit: { withResponseCache: ratio(cached!, limit!), withoutResponseCache: ratio(uncached!, limit!) },
    };
  });
  for (const result of results) {
    console.log(
      `${result.name} ${result.description} (same answer as the limit: ${result.sameAnswer}, ${result.comparedVariants} variant(s) compared` +
        `${result.variedArguments ? `; arguments drawn per request from ${result.variedArguments.candidates}` : ''})\n` +
        `${describe('GraphQL, cached', result.graphqlWithResponseCache)}\n` +
        `${describe('GraphQL, uncached', result.graphqlWithoutResponseCache)}\n` +
        `${describe('SQL limit', result.limit)}\n` +
        `  ratio to limit: ${result.ratioToLimit.withResponseCache} cached, ${result.ratioToLimit.withoutResponseCache} uncached`,
    );
  }
  // After the reads, which it would disturb: it changes the database they read.
  const writes: WriteMeasurement[] = [];
  if (selected(entryExitWorkloadName)) {
    console.log(`${entryExitWorkloadName}: entry and exit through the API; this WRITES to the bench database ${benchDatabaseName}`);
    const server = await startBenchServer(databaseUrl, true);
    try {
      writes.push(
        await measureEntryExit(server.url, {
          databaseUrl,
          databaseName: benchDatabaseName,
          connections: Number(options.connections),
          durationSeconds: Number(options.duration),
          warmupSeconds: Number(options.warmup),
        }),
      );
    } finally {
      await stopBenchServer(server.process);
    }
    for (const result of writes) console.log(describeWrites(result));
  }
  const mixed: MixedMeasurement[] = [];
  if (selected(mixedWorkloadName)) {
    console.log(`${mixedWorkloadName}: reads with one write a second through the API, and without; the writes leave the bench database as they found it`);
    const reads = [];
    for (const query of benchQueries.filter((candidate) => mixedReadQueryNames.includes(candidate.name))) reads.push({ query, variants: variants.get(query.name) ?? (await variantsOf(databaseUrl, query)) });
    const withCachedServer = async <T>(use: (url: string, token: string) => Promise<T>): Promise<T> => {
      const server = await startBenchServer(databaseUrl, true);
      try {
        return await use(server.url, server.token);
      } finally {
        await stopBenchServer(server.process);
      }
    };
    mixed.push(
      await measureMixed(withCachedServer, reads, {
        databaseUrl,
        connections: Number(options.connections),
        durationSeconds: Number(options.duration),
        warmupSeconds: Number(options.warmup),
      }),
    );
    for (const result of mixed) console.log(describeMixed(result));
  }
  const report = {
    date: new Date().toISOString(),
    machine: { ...machineFacts(), loadAverageAtStart: loadAtStart.map((load) => Math.round(load * 100) / 100), measuredFrom: started },
    settings: { staff: Number(options.staff), connections: Number(options.connections), durationSeconds: Number(options.duration), warmupSeconds: Number(options.warmup) },
    results,
    writes,
    mixed,
  };
  const file = saveBenchReport('bench', 'latest.json', report);
  console.log(`saved ${path.relative(process.cwd(), file)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
