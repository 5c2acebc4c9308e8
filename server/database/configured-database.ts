import type { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../config';
import { startEmbeddedPostgres } from './embedded-postgres';
import { openOrm } from './orm';

/** Runs a command-line task on the configured database (DATABASE_URL, or the embedded one in DATA_DIR). */
export async function withConfiguredDatabase<T>(work: (orm: MikroORM) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres(config.dataDir);
  const orm = await openOrm(config.databaseUrl ?? embedded!.url, { poolSize: 1 });
  try {
    return await work(orm);
  } finally {
    await orm.close();
    await embedded?.stop();
  }
}

export function runTask(task: () => Promise<void>): void {
  task().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
