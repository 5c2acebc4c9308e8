import 'reflect-metadata';
import { runTask, withConfiguredDatabase } from '../server/database/configured-database';
import { migrate } from '../server/database/orm';

runTask(() =>
  withConfiguredDatabase(async (orm) => {
    const applied = await migrate(orm);
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'the database is up to date');
  }),
);
