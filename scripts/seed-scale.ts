import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { runTask, withConfiguredDatabase } from '../server/database/configured-database';
import { migrate } from '../server/database/orm';
import { fillToScale } from '../server/scale/synthetic-scale';
import { seedIfEmpty } from '../server/seed/seed';

/**
 * npm run seed:scale -- [--staff 1000000]: a province at real scale (about 40,000
 * institutions and their staff) on top of the seeded registry (DATABASE_URL).
 * A second run does nothing.
 */
runTask(async () => {
  const { values } = parseArgs({ options: { staff: { type: 'string', default: '1000000' } } });
  const staff = Number(values.staff);
  if (!Number.isInteger(staff) || staff < 0) throw new Error('usage: npm run seed:scale -- [--staff <count>]');
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('seed:scale fills a PostgreSQL server: set DATABASE_URL');
  await withConfiguredDatabase(async (orm) => {
    await migrate(orm);
    await seedIfEmpty(orm);
  });
  const result = await fillToScale(databaseUrl, { staff });
  console.log(`added ${result.addedInstitutions} institutions and ${result.addedStaff} staff (${result.openAlerts} open alerts) in ${result.seconds.toFixed(1)} s`);
});
