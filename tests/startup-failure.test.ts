import net from 'node:net';
import { Client } from 'pg';
import { startBianzhi } from '../server/app';
import { loadConfig } from '../server/config';
import { seededTestDatabase } from './support/test-server';

// Sessions are counted on the PostgreSQL server; the embedded engine has none to count.
const describeOnPostgres = process.env.TEST_DATABASE_URL ? describe : describe.skip;

async function settledValue(read: () => Promise<number>, wanted: number, millis: number): Promise<number> {
  const deadline = Date.now() + millis;
  let value = await read();
  while (value !== wanted && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

describeOnPostgres('a server that cannot start', () => {
  it('rejects when its port is taken, leaving no database session open behind it', async () => {
    const databaseUrl = await seededTestDatabase();
    const watcher = new Client({ connectionString: databaseUrl });
    await watcher.connect();
    const sessions = async () =>
      (await watcher.query<{ sessions: number }>('select count(*)::int as sessions from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()')).rows[0].sessions;
    const occupant = net.createServer();
    await new Promise<void>((resolve) => occupant.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = occupant.address() as net.AddressInfo;
      const config = loadConfig({ databaseUrl, port, host: '127.0.0.1', seedOnStart: false, logSql: false, staleWebsiteDays: 30 });
      await expect(startBianzhi(config)).rejects.toThrow(/EADDRINUSE/);
      expect(await settledValue(sessions, 0, 2000)).toBe(0);
    } finally {
      occupant.close();
      await watcher.end();
    }
  });
});
