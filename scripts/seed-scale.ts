import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { runTask, withConfiguredDatabase } from '../server/database/configured-database';
import { migrate } from '../server/database/orm';
import { fillToScale } from '../server/scale/synthetic-scale';
import { seedIfEmpty } from '../server/seed/seed';

/** npm run seed:scale -- --staff 1000000 [--units 25000]: synthetic units and staff under the real tree (DATABASE_URL). */
runTask(async () => {
  const { values } = parseArgs({ options: { staff: { type: 'string', default: '1000000' }, units: { type: 'string' } } });
  const staff = Number(values.staff);
  const units = values.units === undefined ? undefined : Number(values.units);
  if (!Number.isInteger(staff) || staff < 0 || (units !== undefined && (!Number.isInteger(units) || units < 1))) {
    throw new Error('usage: npm run seed:scale -- --staff <count> [--units <count>]');
  }
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('seed:scale fills a PostgreSQL server: set DATABASE_URL');
  await withConfiguredDatabase(async (orm) => {
    await migrate(orm);
    await seedIfEmpty(orm);
  });
  const result = await fillToScale(databaseUrl, { staff, units });
  console.log(`added ${result.addedUnits} units and ${result.addedStaff} staff in ${result.seconds.toFixed(1)} s`);
});
