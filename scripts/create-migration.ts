import { runTask } from '../server/database/configured-database';
import { openOrm } from '../server/database/orm';
import { withScratchDatabase } from '../server/database/scratch-database';

/**
 * Writes a migration with the difference between the entities and the schema
 * the committed migrations build, computed on a scratch database.
 */
async function main(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  await withScratchDatabase(serverUrl, async (url) => {
    const orm = await openOrm(url);
    try {
      await orm.getMigrator().up();
      const result = await orm.getMigrator().createMigration('migrations', false, false, process.argv[2]);
      console.log(result.fileName ? `wrote migrations/${result.fileName}; add it to migrations/index.ts` : 'no changes');
    } finally {
      await orm.close();
    }
  });
}

runTask(main);
