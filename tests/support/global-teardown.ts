import { Client } from 'pg';
import { databaseUrlWithName, dropDatabase } from '../../server/database/scratch-database';

export default async function globalTeardown(): Promise<void> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const prefix = process.env.BIANZHI_TEST_RUN_PREFIX;
  if (!serverUrl || !prefix) return;
  const client = new Client({ connectionString: databaseUrlWithName(serverUrl, 'postgres') });
  await client.connect();
  const { rows } = await client.query<{ datname: string }>('select datname from pg_database where starts_with(datname, $1)', [prefix]);
  await client.end();
  for (const { datname } of rows) await dropDatabase(serverUrl, datname);
}
