import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { startBianzhi } from '../../server/app';
import { loadConfig } from '../../server/config';
import { AccountRole } from '../../server/modules/account/account-role';
import { tokenFor } from '../../tests/support/credentials';
import { benchQueries } from './queries';

/**
 * Where a benchmark query's time goes: `node dist/scripts/bench/trace.js
 * --only Q5[,Q7] [--variables '{"bureauId":"20"}'] [--explain]` (DATABASE_URL,
 * the benchmark's database) starts Bianzhi in this process with the response
 * cache off, sends the query a few times to warm it, then once more with every
 * statement the `pg` clients send recorded: its text, parameters, rows and
 * time as the server saw it. With --explain, each recorded statement is run
 * again under EXPLAIN (ANALYZE, BUFFERS) on a connection of its own.
 */
interface Recorded {
  text: string;
  values: unknown[];
  milliseconds: number;
  rows: number;
}

const { values: options } = parseArgs({
  options: {
    only: { type: 'string' },
    variables: { type: 'string' },
    explain: { type: 'boolean', default: false },
    warm: { type: 'string', default: '3' },
  },
});

let recording: Recorded[] | undefined;

/** Every query of every `pg` client of this process passes here (pg.Pool.query too): timed while recording. */
function recordStatements(): void {
  const original = Client.prototype.query as (...args: unknown[]) => unknown;
  (Client.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function patched(this: Client, ...args: unknown[]) {
    const log = recording;
    if (!log) return original.apply(this, args);
    const [first, second] = args as [string | { text: string; values?: unknown[] }, unknown];
    const text = typeof first === 'string' ? first : first.text;
    const values = (typeof first === 'string' && Array.isArray(second) ? second : typeof first === 'object' ? first.values : undefined) ?? [];
    const started = process.hrtime.bigint();
    const note = (answer: { rowCount?: number | null; rows?: unknown[] } | undefined) =>
      log.push({ text, values, milliseconds: Number(process.hrtime.bigint() - started) / 1e6, rows: answer?.rows?.length ?? answer?.rowCount ?? 0 });
    // pg-pool passes a callback; other callers take the promise.
    const callback = args[args.length - 1];
    if (typeof callback === 'function') {
      args[args.length - 1] = (error: unknown, answer: { rows?: unknown[] }) => {
        note(answer);
        (callback as (error: unknown, answer: unknown) => void)(error, answer);
      };
      return original.apply(this, args);
    }
    const result = original.apply(this, args);
    if (result instanceof Promise) {
      return result.then((answer: { rowCount?: number | null; rows?: unknown[] }) => {
        note(answer);
        return answer;
      });
    }
    return result;
  };
}

async function main(): Promise<void> {
  recordStatements();
  process.env.RESPONSE_CACHE = 'false';
  const config = loadConfig({ port: 0, host: '127.0.0.1', seedOnStart: false });
  const bianzhi = await startBianzhi(config);
  const token = await tokenFor(bianzhi, AccountRole.AUDITOR, null);
  const explainer = new Client({ connectionString: config.databaseUrl });
  await explainer.connect();
  try {
    for (const query of benchQueries.filter((candidate) => !options.only || options.only.split(',').includes(candidate.name))) {
      let variables: Record<string, unknown> = options.variables ? (JSON.parse(options.variables) as Record<string, unknown>) : {};
      if (!options.variables && query.variantsSql) variables = (await explainer.query<Record<string, unknown>>(query.variantsSql)).rows[0];
      const body = JSON.stringify({ query: query.graphql, variables });
      const send = async () => {
        const started = process.hrtime.bigint();
        const response = await fetch(`${bianzhi.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
        const text = await response.text();
        return { milliseconds: Number(process.hrtime.bigint() - started) / 1e6, bytes: text.length, errors: text.includes('"errors"') ? text.slice(0, 300) : undefined };
      };
      for (let round = 0; round < Number(options.warm); round += 1) await send();
      recording = [];
      const answer = await send();
      const statements = recording;
      recording = undefined;
      const inDatabase = statements.reduce((sum, statement) => sum + statement.milliseconds, 0);
      console.log(`\n${query.name} ${JSON.stringify(variables)}: ${answer.milliseconds.toFixed(1)} ms over HTTP, ${answer.bytes} bytes, ${statements.length} statements (${inDatabase.toFixed(1)} ms summed as the client waited)${answer.errors ? `, errors ${answer.errors}` : ''}`);
      for (const [index, statement] of statements.entries()) {
        console.log(`  #${index + 1} ${statement.milliseconds.toFixed(2)} ms, ${statement.rows} rows: ${statement.text.replace(/\s+/g, ' ').slice(0, 220)}`);
        if (options.explain && /^\s*(select|with)/i.test(statement.text)) {
          const { rows } = await explainer.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${statement.text}`, statement.values);
          console.log(rows.map((row) => `      ${row['QUERY PLAN']}`).join('\n'));
        }
      }
    }
  } finally {
    await explainer.end();
    await bianzhi.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
