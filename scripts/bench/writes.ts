import { Pool } from 'pg';
import { todayInChina } from '../../server/common/validation';
import { makeNationalId } from '../../server/modules/staff/national-id';
import { logInAsDemo } from '../../tests/support/http-client';

/** The entry-and-exit workload's name, as `--only` selects it. */
export const entryExitWorkloadName = 'W1';

const operationNames = ['exitEstablishment', 'approveStaffingUse', 'enterEstablishment'] as const;
type OperationName = (typeof operationNames)[number];

export interface OperationMeasurement {
  writes: number;
  writesPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  failures: number;
}

export interface WriteMeasurement {
  name: string;
  description: string;
  writesToDatabase: string;
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  cycles: number;
  writesPerSecond: number;
  failures: number;
  failuresDuringWarmup: number;
  /** Every failure of the run, warmup included, by operation and reason. */
  failureReasons: Record<string, number>;
  operations: Record<OperationName, OperationMeasurement>;
  sqlStatementsPerWrite: number;
  serverRssMb: number;
  candidates: { sampled: number; perClient: number; reexitedEntrants: number };
  activeStaff: { before: number; after: number };
}

export interface WriteSettings {
  databaseUrl: string;
  databaseName: string;
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
}

/** An active person a client may exit: one client's alone, so no two clients ever exit the same person. */
interface Candidate {
  id: string;
  version: number;
  institutionId: string;
  category: string;
  /** Entered by this run: a client exits them again once its sample is used up. */
  entrant: boolean;
}

interface GraphqlAnswer {
  data?: Record<string, { id: string; version?: number }> | null;
  errors?: { message: string; extensions?: { code?: string; reason?: string } }[];
}

/** The people sampled to exit, per client: enough for this many cycles a second (at most the cap in all); a faster client then exits the people it entered. */
const cyclesPerSecondPerClient = 50;
const sampleCap = 200_000;

const exitMutation = `mutation ($input: ExitEstablishmentInput!) { exitEstablishment(input: $input) { id version } }`;
const approveMutation = `mutation ($input: ApproveStaffingUseInput!) { approveStaffingUse(input: $input) { id } }`;
const enterMutation = `mutation ($input: EnterEstablishmentInput!) { enterEstablishment(input: $input) { id version } }`;

/**
 * Active staff without a leadership tier, at random across the registry, in
 * cells that are not over their quota: an exit there frees a post that the
 * client's next approval may take, whatever the other clients do in the cell.
 */
const candidatesSql = `
  select staff.id::text as id, staff.version, false as entrant, staff.institution_id::text as "institutionId", staff.quota_category as category
  from staff
  join institution on institution.id = staff.institution_id and institution.status = 'ACTIVE'
  join staffing_vacancy vacancy on vacancy.institution_id = staff.institution_id and vacancy.dimension = 'CATEGORY' and vacancy.key = staff.quota_category
  where staff.status = 'ACTIVE' and staff.leadership_tier is null and staff.hired_on <= $1 and vacancy.approved >= vacancy.active + vacancy.reserved
  order by random()
  limit $2`;

/** Born 1990–2004, after every synthetic person (1960–1977): 500 numbers a day and gender, 5.5 million in all. */
const entrantBirthDays = Array.from({ length: 15 * 366 }, (_, day) => new Date(Date.UTC(1990, 0, 1 + day)).toISOString().slice(0, 10)).filter((date) => date < '2005-01-01');
const entrantIdSpace = entrantBirthDays.length * 1000;

/** The k-th number of the entrants' space; a run starts at a random k, so that runs on one database seldom meet. */
function entrantNationalId(k: number): string {
  const index = k % entrantIdSpace;
  return makeNationalId('520000', entrantBirthDays[Math.floor(index / 1000)], Math.floor(index / 2) % 500, index % 2 === 1 ? 'MALE' : 'FEMALE');
}

const percentile = (sorted: number[], fraction: number) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]);
const roundTo = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

async function serverStats(url: string): Promise<{ graphqlStatements: number; rss: number }> {
  return (await fetch(`${url}/bench/stats`)).json() as never;
}

/**
 * 用编核准, 入编 and 出编 through the GraphQL API, in a steady state that never
 * runs out of posts: each client exits a person of its own (retirement), has
 * one post of that person's category approved in that institution, and enters
 * a new person with a fresh ID number against it. Each operation's latency is
 * counted apart; any GraphQL error or HTTP failure is a failure, counted by
 * its reason. It writes to the bench database.
 */
export async function measureEntryExit(serverUrl: string, settings: WriteSettings): Promise<WriteMeasurement> {
  const pool = new Pool({ connectionString: settings.databaseUrl, max: 2 });
  try {
    const token = await logInAsDemo(serverUrl, 'province');
    const perClient = Math.ceil((settings.durationSeconds + settings.warmupSeconds) * cyclesPerSecondPerClient);
    const wanted = Math.min(perClient * settings.connections, sampleCap);
    const { rows: sampled } = await pool.query<Candidate>(candidatesSql, [todayInChina(), wanted]);
    if (sampled.length < settings.connections) throw new Error(`${entryExitWorkloadName}: only ${sampled.length} active staff to exit`);
    const queues: Candidate[][] = Array.from({ length: settings.connections }, () => []);
    sampled.forEach((candidate, index) => queues[index % settings.connections].push(candidate));

    let nextEntrantNumber = Math.floor(Math.random() * entrantIdSpace);
    /** Fresh ID numbers, none held by anyone in the database: a run may meet an earlier run's. */
    const freshNationalIds = async (count: number): Promise<string[]> => {
      const proposed = Array.from({ length: count }, () => entrantNationalId(nextEntrantNumber++));
      const { rows } = await pool.query<{ national_id: string }>('select national_id from staff where national_id = any($1)', [proposed]);
      const taken = new Set(rows.map((row) => row.national_id));
      return proposed.filter((nationalId) => !taken.has(nationalId));
    };

    const activeStaff = async () => Number((await pool.query<{ count: string }>(`select count(*) from staff where status = 'ACTIVE'`)).rows[0].count);
    const activeBefore = await activeStaff();
    const runTag = Date.now().toString(36).toUpperCase();
    const latencies: Record<OperationName, number[]> = { exitEstablishment: [], approveStaffingUse: [], enterEstablishment: [] };
    const failures: Record<OperationName, number> = { exitEstablishment: 0, approveStaffingUse: 0, enterEstablishment: 0 };
    let failuresDuringWarmup = 0;
    const failureReasons: Record<string, number> = {};
    let cycles = 0;
    let reexitedEntrants = 0;
    const started = Date.now();
    const measuredFrom = started + settings.warmupSeconds * 1000;
    const measuredUntil = measuredFrom + settings.durationSeconds * 1000;

    const write = async (operation: OperationName, query: string, input: Record<string, unknown>): Promise<{ id: string; version?: number } | null> => {
      const before = performance.now();
      const startedAt = Date.now();
      let answer: GraphqlAnswer;
      try {
        const response = await fetch(`${serverUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query, variables: { input } }),
        });
        answer = (await response.json()) as GraphqlAnswer;
        if (!response.ok && !answer.errors) answer = { errors: [{ message: `HTTP ${response.status}` }] };
      } catch (error) {
        answer = { errors: [{ message: (error as Error).message }] };
      }
      const elapsed = performance.now() - before;
      const measured = startedAt >= measuredFrom && startedAt < measuredUntil;
      const result = answer.data?.[operation] ?? null;
      if (answer.errors || !result) {
        const reason = answer.errors?.[0]?.extensions?.reason ?? answer.errors?.[0]?.extensions?.code ?? answer.errors?.[0]?.message ?? 'no data';
        const key = `${operation} ${reason}`;
        if (!failureReasons[key]) console.warn(`  ${entryExitWorkloadName} ${key}: ${JSON.stringify(answer.errors).slice(0, 400)}`);
        failureReasons[key] = (failureReasons[key] ?? 0) + 1;
        if (measured) failures[operation] += 1;
        else failuresDuringWarmup += 1;
        return null;
      }
      if (measured) latencies[operation].push(elapsed);
      return result;
    };

    const client = async (clientIndex: number): Promise<void> => {
      const queue = queues[clientIndex];
      let nationalIds: string[] = [];
      let sequence = 0;
      while (Date.now() < measuredUntil) {
        const person = queue.shift();
        if (!person) break;
        if (person.entrant) reexitedEntrants += 1;
        if (nationalIds.length === 0) nationalIds = await freshNationalIds(100);
        sequence += 1;
        const tag = `BENCH-${entryExitWorkloadName}-${runTag}-${clientIndex}-${sequence}`;
        const today = todayInChina();
        const exited = await write('exitEstablishment', exitMutation, { id: person.id, version: person.version, reason: 'RETIREMENT', exitedOn: today, documentNumber: tag });
        if (!exited) continue;
        const approval = await write('approveStaffingUse', approveMutation, {
          institutionId: person.institutionId,
          category: person.category,
          count: 1,
          purpose: 'OPEN_RECRUITMENT',
          noticeNumber: tag,
          issuedOn: today,
          validUntil: today,
        });
        if (!approval) continue;
        const entrant = await write('enterEstablishment', enterMutation, {
          approvalId: approval.id,
          name: `基准${clientIndex}号${sequence}`,
          nationalId: nationalIds.pop(),
          education: 'BACHELOR',
          position: '科员',
          enteredOn: today,
        });
        if (!entrant) continue;
        queue.push({ id: entrant.id, version: entrant.version ?? 1, institutionId: person.institutionId, category: person.category, entrant: true });
        if (Date.now() >= measuredFrom) cycles += 1;
      }
    };

    let statsAtStart: { graphqlStatements: number; rss: number } | undefined;
    const statsTimer = setTimeout(() => void serverStats(serverUrl).then((stats) => (statsAtStart = stats)), Math.max(measuredFrom - Date.now(), 0));
    let peakRss = 0;
    const sampler = setInterval(() => void serverStats(serverUrl).then((stats) => (peakRss = Math.max(peakRss, stats.rss))), 500);
    await Promise.all(queues.map((_, index) => client(index)));
    clearTimeout(statsTimer);
    clearInterval(sampler);
    const statsAtEnd = await serverStats(serverUrl);
    const activeAfter = await activeStaff();

    const operations = Object.fromEntries(
      operationNames.map((operation) => {
        const sorted = [...latencies[operation]].sort((a, b) => a - b);
        return [
          operation,
          {
            writes: sorted.length,
            writesPerSecond: roundTo(sorted.length / settings.durationSeconds, 1),
            latencyP50Ms: roundTo(percentile(sorted, 0.5), 1),
            latencyP99Ms: roundTo(percentile(sorted, 0.99), 1),
            failures: failures[operation],
          },
        ];
      }),
    ) as Record<OperationName, OperationMeasurement>;
    const writes = operationNames.reduce((sum, operation) => sum + operations[operation].writes, 0);
    const attempted = writes + operationNames.reduce((sum, operation) => sum + failures[operation], 0);
    return {
      name: entryExitWorkloadName,
      description: 'entry and exit (出编 → 用编核准 → 入编) at scale, through the GraphQL API as the province administrator',
      writesToDatabase: settings.databaseName,
      connections: settings.connections,
      durationSeconds: settings.durationSeconds,
      warmupSeconds: settings.warmupSeconds,
      cycles,
      writesPerSecond: roundTo(writes / settings.durationSeconds, 1),
      failures: operationNames.reduce((sum, operation) => sum + failures[operation], 0),
      failuresDuringWarmup,
      failureReasons,
      operations,
      sqlStatementsPerWrite: !statsAtStart || attempted === 0 ? 0 : roundTo((statsAtEnd.graphqlStatements - statsAtStart.graphqlStatements) / attempted, 2),
      serverRssMb: roundTo(Math.max(peakRss, statsAtEnd.rss) / 1024 / 1024, 1),
      candidates: { sampled: sampled.length, perClient: Math.ceil(sampled.length / settings.connections), reexitedEntrants },
      activeStaff: { before: activeBefore, after: activeAfter },
    };
  } finally {
    await pool.end();
  }
}

/** The workload's lines of the bench's printout. */
export function describeWrites(result: WriteMeasurement): string {
  const lines = [
    `${result.name} ${result.description} (writes to the database ${result.writesToDatabase}; ${result.connections} connections, ${result.cycles} cycles)`,
    `  total               ${result.writesPerSecond} writes/s, ${result.sqlStatementsPerWrite} SQL/write, RSS ${result.serverRssMb} MB, errors ${result.failures} (${result.failuresDuringWarmup} more in the warmup)`,
    ...operationNames.map((operation) => {
      const measured = result.operations[operation];
      return `  ${operation.padEnd(19)} ${measured.writesPerSecond} writes/s, p50 ${measured.latencyP50Ms} ms, p99 ${measured.latencyP99Ms} ms, errors ${measured.failures}`;
    }),
    `  active staff ${result.activeStaff.before} before, ${result.activeStaff.after} after; ${result.candidates.sampled} sampled to exit, ${result.candidates.reexitedEntrants} entrants exited again`,
  ];
  for (const [reason, count] of Object.entries(result.failureReasons)) lines.push(`  failed: ${reason} × ${count}`);
  return lines.join('\n');
}
