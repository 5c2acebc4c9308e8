import autocannon from 'autocannon';
import { Pool } from 'pg';
import { todayInChina } from '../../server/common/validation';
import { cacheStatusHeader } from '../../server/http/response-cache';
import { logInAsDemo } from '../../tests/support/http-client';
import type { BenchQuery } from './queries';

/** The mixed workload's name, as `--only` selects it. */
export const mixedWorkloadName = 'M1';

/** The read queries whose arguments vary: the mix draws one of them, and its variables, per request. */
export const mixedReadQueryNames = ['Q5', 'Q7', 'Q8', 'Q9', 'Q10'];

/** A read query of the mix with its candidate variables (the rows of its `variantsSql`). */
export interface MixedReadQuery {
  query: BenchQuery;
  variants: Record<string, unknown>[];
}

export interface CacheCount {
  requests: number;
  hits: number;
  /** Hits among the answers that carried the cache header, in percent. */
  hitRatePercent: number;
}

export interface ReadMixMeasurement {
  writesPerSecondAimed: number;
  readsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  reads: number;
  non2xx: number;
  graphqlErrors: number;
  /** Answers without the cache header: should be none on a cached server. */
  unmarked: number;
  cache: CacheCount;
  cacheByQuery: Record<string, CacheCount>;
  writes: { done: number; failed: number; failureReasons: Record<string, number> };
}

export interface MixedMeasurement {
  name: string;
  description: string;
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  queries: string[];
  withWrites: ReadMixMeasurement;
  withoutWrites: ReadMixMeasurement;
}

export interface MixedSettings {
  databaseUrl: string;
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
}

/** Institutions of counties with a free post of a category, in random order: each approval of one post there succeeds whatever the reads do. */
const freePostsSql = `
  select institution.id::text as "institutionId", vacancy.key as category
  from staffing_vacancy vacancy
  join institution on institution.id = vacancy.institution_id and institution.status = 'ACTIVE'
  join bureau on bureau.id = institution.bureau_id and bureau.level = 'COUNTY'
  where vacancy.dimension = 'CATEGORY' and vacancy.free > 0
  order by random()
  limit $1`;

const approveMutation = `mutation ($input: ApproveStaffingUseInput!) { approveStaffingUse(input: $input) { id version } }`;
const withdrawMutation = `mutation ($id: ID!, $version: Int!, $reason: String) { withdrawStaffingUse(id: $id, version: $version, reason: $reason) { id } }`;

interface GraphqlAnswer {
  data?: Record<string, { id: string; version: number } | null> | null;
  errors?: { message: string; extensions?: { code?: string; reason?: string } }[];
}

const roundTo = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;
const countOf = (requests: number, hits: number): CacheCount => ({ requests, hits, hitRatePercent: requests === 0 ? 0 : roundTo((hits / requests) * 100, 1) });

/**
 * One write a second through the API as the province administrator, at
 * counties drawn at random: a second approves one free post of an
 * institution (用编核准), the next withdraws that approval, so the registry
 * ends as it began. Each write raises the write count of its county's subtree
 * (and of nothing else): answers read from other subtrees stay usable.
 */
function startWriter(serverUrl: string, token: string, freePosts: { institutionId: string; category: string }[], runTag: string) {
  const counted = { done: 0, failed: 0, failureReasons: {} as Record<string, number> };
  let counting = false;
  let open: { id: string; version: number } | undefined;
  let sequence = 0;
  let busy = false;

  const send = async (operation: string, query: string, variables: Record<string, unknown>) => {
    let answer: GraphqlAnswer;
    try {
      const response = await fetch(`${serverUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      answer = (await response.json()) as GraphqlAnswer;
    } catch (error) {
      answer = { errors: [{ message: (error as Error).message }] };
    }
    const result = answer.data?.[operation] ?? null;
    if (counting && result) counted.done += 1;
    if (!result) {
      const reason = `${operation} ${answer.errors?.[0]?.extensions?.reason ?? answer.errors?.[0]?.extensions?.code ?? answer.errors?.[0]?.message ?? 'no data'}`;
      if (!counted.failureReasons[reason]) console.warn(`  ${mixedWorkloadName} ${reason}: ${JSON.stringify(answer.errors).slice(0, 400)}`);
      counted.failureReasons[reason] = (counted.failureReasons[reason] ?? 0) + 1;
      if (counting) counted.failed += 1;
    }
    return result;
  };

  const writeOnce = async () => {
    if (open) {
      const withdrawn = open;
      open = undefined;
      await send('withdrawStaffingUse', withdrawMutation, { id: withdrawn.id, version: withdrawn.version, reason: `BENCH-${mixedWorkloadName}-${runTag}` });
      return;
    }
    sequence += 1;
    const post = freePosts[sequence % freePosts.length];
    const today = todayInChina();
    const approval = await send('approveStaffingUse', approveMutation, {
      input: { institutionId: post.institutionId, category: post.category, count: 1, purpose: 'OPEN_RECRUITMENT', noticeNumber: `BENCH-${mixedWorkloadName}-${runTag}-${sequence}`, issuedOn: today, validUntil: today },
    });
    open = approval ?? undefined;
  };

  // A write still under way when the next second comes is not doubled: the aim is one at a time, one a second.
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    void writeOnce().finally(() => (busy = false));
  }, 1000);

  return {
    counted,
    startCounting: () => (counting = true),
    async stop() {
      clearInterval(timer);
      counting = false;
      while (busy) await new Promise((resolve) => setTimeout(resolve, 50));
      if (open) await writeOnce();
    },
  };
}

/** The read mix for `seconds` with autocannon; each answer's cache header counted by the query it answered. */
function readMix(serverUrl: string, token: string, reads: MixedReadQuery[], connections: number, seconds: number) {
  const hits = new Map<string, number>(reads.map(({ query }) => [query.name, 0]));
  const marked = new Map<string, number>(reads.map(({ query }) => [query.name, 0]));
  let unmarked = 0;
  let graphqlErrors = 0;
  const draw = () => {
    const { query, variants } = reads[Math.floor(Math.random() * reads.length)];
    return { name: query.name, body: JSON.stringify({ query: query.graphql, variables: variants[Math.floor(Math.random() * variants.length)] }) };
  };
  const first = draw();
  return new Promise<{ result: autocannon.Result; hits: Map<string, number>; marked: Map<string, number>; unmarked: number; graphqlErrors: number }>((resolve, reject) => {
    autocannon(
      {
        url: `${serverUrl}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: first.body,
        connections,
        duration: seconds,
        requests: [
          {
            // One request at a time per connection: the context still names the query when its answer comes.
            setupRequest: (request, context: { queryName?: string }) => {
              const drawn = draw();
              context.queryName = drawn.name;
              return { ...request, body: drawn.body };
            },
            onResponse: (_status, body, context: { queryName?: string }, headers) => {
              const name = context.queryName ?? first.name;
              if (body.includes('"errors"')) graphqlErrors += 1;
              const status = Object.entries(headers ?? {}).find(([header]) => header.toLowerCase() === cacheStatusHeader)?.[1];
              if (status === undefined) {
                unmarked += 1;
                return;
              }
              marked.set(name, marked.get(name)! + 1);
              if (status === 'hit') hits.set(name, hits.get(name)! + 1);
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve({ result, hits, marked, unmarked, graphqlErrors })),
    );
  });
}

/**
 * The read mix on a server with the response cache, with `writesPerSecond`
 * (one or none) beside it: warm-up, then the measured run.
 */
export async function measureReadMix(serverUrl: string, readToken: string, reads: MixedReadQuery[], settings: MixedSettings, writesPerSecond: 0 | 1): Promise<ReadMixMeasurement> {
  let writer: ReturnType<typeof startWriter> | undefined;
  if (writesPerSecond === 1) {
    const pool = new Pool({ connectionString: settings.databaseUrl, max: 1 });
    let freePosts: { institutionId: string; category: string }[];
    try {
      freePosts = (await pool.query<{ institutionId: string; category: string }>(freePostsSql, [Math.ceil(settings.durationSeconds + settings.warmupSeconds) + 10])).rows;
    } finally {
      await pool.end();
    }
    if (freePosts.length === 0) throw new Error(`${mixedWorkloadName}: no county institution with a free post`);
    writer = startWriter(serverUrl, await logInAsDemo(serverUrl, 'province'), freePosts, Date.now().toString(36).toUpperCase());
  }
  try {
    await readMix(serverUrl, readToken, reads, settings.connections, settings.warmupSeconds);
    writer?.startCounting();
    const { result, hits, marked, unmarked, graphqlErrors } = await readMix(serverUrl, readToken, reads, settings.connections, settings.durationSeconds);
    const total = (counts: Map<string, number>) => [...counts.values()].reduce((sum, count) => sum + count, 0);
    return {
      writesPerSecondAimed: writesPerSecond,
      readsPerSecond: roundTo(result.requests.average, 1),
      latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99,
      reads: result.requests.total,
      non2xx: result.non2xx + result.errors,
      graphqlErrors,
      unmarked,
      cache: countOf(total(marked), total(hits)),
      cacheByQuery: Object.fromEntries(reads.map(({ query }) => [query.name, countOf(marked.get(query.name)!, hits.get(query.name)!)])),
      writes: writer ? { done: writer.counted.done, failed: writer.counted.failed, failureReasons: writer.counted.failureReasons } : { done: 0, failed: 0, failureReasons: {} },
    };
  } finally {
    await writer?.stop();
  }
}

/** Serves one phase from a fresh server with the response cache on: its URL and a registry-wide reader's token. */
export type WithCachedServer = <T>(use: (serverUrl: string, readToken: string) => Promise<T>) => Promise<T>;

/**
 * The read mix twice, each on a fresh cached server so that neither inherits
 * the other's answers: without writes (the cache's best case), then with one
 * write a second.
 */
export async function measureMixed(withCachedServer: WithCachedServer, reads: MixedReadQuery[], settings: MixedSettings): Promise<MixedMeasurement> {
  const withoutWrites = await withCachedServer((serverUrl, readToken) => measureReadMix(serverUrl, readToken, reads, settings, 0));
  const withWrites = await withCachedServer((serverUrl, readToken) => measureReadMix(serverUrl, readToken, reads, settings, 1));
  return {
    name: mixedWorkloadName,
    description: 'reads drawn at random from the queries with varied arguments, with one write a second (approve one post at a random county institution, then withdraw it) and without',
    connections: settings.connections,
    durationSeconds: settings.durationSeconds,
    warmupSeconds: settings.warmupSeconds,
    queries: reads.map(({ query }) => query.name),
    withWrites,
    withoutWrites,
  };
}

const describePhase = (label: string, phase: ReadMixMeasurement) =>
  [
    `  ${label.padEnd(19)} ${phase.readsPerSecond} reads/s, p50 ${phase.latencyP50Ms} ms, p99 ${phase.latencyP99Ms} ms, errors ${phase.graphqlErrors + phase.non2xx}, ` +
      `cache hits ${phase.cache.hitRatePercent} % of ${phase.cache.requests}${phase.unmarked ? ` (${phase.unmarked} answers unmarked)` : ''}; writes ${phase.writes.done} done, ${phase.writes.failed} failed`,
    `    hits by query: ${Object.entries(phase.cacheByQuery)
      .map(([name, count]) => `${name} ${count.hitRatePercent} % of ${count.requests}`)
      .join(', ')}`,
    ...Object.entries(phase.writes.failureReasons).map(([reason, count]) => `    failed: ${reason} × ${count}`),
  ].join('\n');

/** The workload's lines of the bench's printout. */
export function describeMixed(result: MixedMeasurement): string {
  return [
    `${result.name} ${result.description} (${result.connections} connections, ${result.queries.join(', ')})`,
    describePhase('1 write/s', result.withWrites),
    describePhase('no writes', result.withoutWrites),
  ].join('\n');
}
