import { MikroORM, defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { migrationsList } from '../../migrations';
import { Bureau } from '../modules/bureau/bureau.entity';
import { Quota } from '../modules/quota/quota.entity';
import { Staff } from '../modules/staff/staff.entity';
import { QuotaAlertEvent } from '../modules/alert/quota-alert-event.entity';
import { QuotaAlert } from '../modules/alert/quota-alert.entity';
import { RegistryGeneration } from '../modules/registry/registry-generation.entity';
import { BureauStaffingVersion } from '../modules/statistics/bureau-staffing-version.entity';
import { UnitStaffing } from '../modules/unit/unit-staffing.entity';
import { EGovUnit } from '../modules/unit/unit.entity';
import { Website } from '../modules/website/website.entity';

export const entities = [Bureau, EGovUnit, Quota, Staff, Website, UnitStaffing, BureauStaffingVersion, RegistryGeneration, QuotaAlert, QuotaAlertEvent];

export interface OrmOptions {
  /** Largest number of connections in the pool. */
  poolSize?: number;
  logSql?: boolean;
  /** Called for every SQL statement sent, for counting them. */
  onStatement?: () => void;
}

export function ormConfig(clientUrl: string, options: OrmOptions = {}): Options {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    migrations: {
      migrationsList,
      pathTs: 'migrations',
      path: 'dist/migrations',
      emit: 'ts',
      snapshot: false,
      transactional: true,
      allOrNothing: true,
      silent: true,
    },
    pool: { min: 0, max: options.poolSize ?? 10 },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: options.logSql ?? false,
    onQuery: (sql: string) => {
      options.onStatement?.();
      return sql;
    },
  });
}

export async function openOrm(clientUrl: string, options: OrmOptions = {}): Promise<MikroORM> {
  return MikroORM.init(ormConfig(clientUrl, options));
}

export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((migration) => migration.name);
}
