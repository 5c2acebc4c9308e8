import 'reflect-metadata';
import { runTask, withConfiguredDatabase } from '../server/database/configured-database';
import { migrate } from '../server/database/orm';
import { seedDemoAccounts } from '../server/seed/demo-accounts';
import { seedGuizhou2012 } from '../server/seed/seed';

/** Bureaus already present are left alone, so this can run any number of times. */
runTask(() =>
  withConfiguredDatabase(async (orm) => {
    await migrate(orm);
    console.log(`seeded ${await seedGuizhou2012(orm)} new bureaus and ${await seedDemoAccounts(orm)} new demo accounts`);
  }),
);
