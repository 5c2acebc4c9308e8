import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import { migrate, openOrm } from '../../server/database/orm';
import { databaseUrlWithName } from '../../server/database/scratch-database';
import { fillToScale } from '../../server/scale/synthetic-scale';
import { seedIfEmpty } from '../../server/seed/seed';

// The benchmarks' database (bianzhi_bench, filled to scale once and kept) and the server under benchmark, in its own process.

const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
/** The benchmark database's name: filled once, kept between runs. */
export const benchDatabaseName = process.env.BENCH_DATABASE_NAME ?? 'bianzhi_bench';

/** Creates, migrates, seeds and fills the benchmark database as far as it is not yet; its URL. */
export async function prepareBenchDatabase(staff: number): Promise<string> {
  const admin = new Client({ connectionString: databaseUrlWithName(serverUrl, 'postgres') });
  await admin.connect();
  const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [benchDatabaseName]);
  if (!rowCount) await admin.query(`create database "${benchDatabaseName}"`);
  await admin.end();
  const url = databaseUrlWithName(serverUrl, benchDatabaseName);
  const orm = await openOrm(url, { poolSize: 2 });
  try {
    await migrate(orm);
    await seedIfEmpty(orm);
  } finally {
    await orm.close();
  }
  const filled = await fillToScale(url, { staff });
  if (filled.addedStaff > 0) console.log(`filled: ${filled.addedInstitutions} institutions, ${filled.addedStaff} staff, ${filled.openAlerts} open alerts in ${filled.seconds.toFixed(1)} s`);
  return url;
}

/** Bianzhi as `npm start` runs it, on the benchmark database, with the limits' routes (server.ts); its URL and an auditor's token. */
export async function startBenchServer(databaseUrl: string, responseCache: boolean): Promise<{ url: string; token: string; process: ChildProcess }> {
  // As `npm start` runs the server: a larger young generation, so that a request's short-lived objects die young (see README).
  const child = spawn(process.execPath, ['--max-semi-space-size=64', path.join(__dirname, 'server.js')], {
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

export async function stopBenchServer(server: ChildProcess): Promise<void> {
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
}

