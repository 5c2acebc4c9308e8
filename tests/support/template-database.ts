import { Client } from 'pg';
import { migrate, openOrm } from '../../server/database/orm';
import { seedDemoAccounts } from '../../server/seed/demo-accounts';
import { seedGuizhou2012 } from '../../server/seed/seed';
import { databaseUrlWithName } from '../../server/database/scratch-database';

/**
 * The run's template database, migrated and seeded once; the first test file
 * to ask makes it, under an advisory lock, and the others copy it.
 */
export async function ensureTemplateDatabase(serverUrl: string, runPrefix: string): Promise<string> {
  const template = `${runPrefix}_template`;
  const client = new Client({ connectionString: databaseUrlWithName(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [template]);
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [template]);
    if (!rowCount) {
      await client.query(`create database "${template}"`);
      const orm = await openOrm(databaseUrlWithName(serverUrl, template), { poolSize: 2 });
      try {
        await migrate(orm);
        await seedGuizhou2012(orm);
        await seedDemoAccounts(orm);
      } finally {
        await orm.close();
      }
    }
    return template;
  } finally {
    await client.query('select pg_advisory_unlock(hashtext($1))', [template]);
    await client.end();
  }
}
