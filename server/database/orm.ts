import { MikroORM, defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { migrationsList } from '../../migrations';
import { connectTimeoutMillis } from './read-pool';
import { AccessToken } from '../modules/account/access-token.entity';
import { Account } from '../modules/account/account.entity';
import { AuditEntry } from '../modules/audit/audit-entry.entity';
import { Bureau } from '../modules/bureau/bureau.entity';
import { Quota } from '../modules/quota/quota.entity';
import { Staff } from '../modules/staff/staff.entity';
import { QuotaAlertEvent } from '../modules/alert/quota-alert-event.entity';
import { QuotaAlert } from '../modules/alert/quota-alert.entity';
import { SubtreeGeneration } from '../modules/registry/subtree-generation.entity';
import { SubtreeWrite } from '../modules/registry/subtree-write.entity';
import { BureauStaffingVersion } from '../modules/statistics/bureau-staffing-version.entity';
import { StaffingCell } from '../modules/establishment/staffing-cell.entity';
import { EstablishmentApproval } from '../modules/establishment/establishment-approval.entity';
import { Institution } from '../modules/institution/institution.entity';
import { InstitutionChange } from '../modules/institution/institution-change.entity';
import { InternalBody } from '../modules/institution/internal-body.entity';
import { StaffingUseApproval } from '../modules/staffing-use/staffing-use-approval.entity';
import { StaffingUseApplication } from '../modules/staffing-use/staffing-use-application.entity';
import { Website } from '../modules/website/website.entity';
import { AnnualReturn } from '../modules/annual-report/annual-return.entity';
import { ReportingPeriod } from '../modules/annual-report/reporting-period.entity';
import { AnnualReturnEvent } from '../modules/annual-report/annual-return-event.entity';

export const entities = [
  Account,
  AccessToken,
  AuditEntry,
  Bureau,
  Institution,
  InternalBody,
  InstitutionChange,
  EstablishmentApproval,
  StaffingUseApproval,
  StaffingUseApplication,
  Quota,
  Staff,
  Website,
  StaffingCell,
  BureauStaffingVersion,
  SubtreeGeneration,
  SubtreeWrite,
  QuotaAlert,
  QuotaAlertEvent,
  ReportingPeriod,
  AnnualReturn,
  AnnualReturnEvent,
];

export interface OrmOptions {
  /** Largest number of connections in the pool. */
  poolSize?: number;
  /** Called with every statement MikroORM sends (counting, LOG_SQL). */
  onStatement?: (sql: string) => void;
  /**
   * Longest wait for a pooled connection, queueing behind busy ones included,
   * before the write fails (knex's default is a minute). Default 10 s: long
   * enough for a burst of writes on the embedded engine's single connection.
   */
  acquireTimeoutMillis?: number;
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
    // How the write pool (knex over tarn) rides out a database outage: a connection the server drops
    // is marked disposed by knex's pg dialect and replaced on the next checkout; opening one gives up
    // after connectTimeoutMillis (pg) or createTimeoutMillis (tarn), and propagateCreateError (knex's
    // default, kept explicit) fails the waiting write at once with the cause instead of retrying until
    // acquireTimeoutMillis. Nothing is kept open while idle (min 0), so recovery needs no restart.
    pool: {
      min: 0,
      max: options.poolSize ?? 10,
      acquireTimeoutMillis: options.acquireTimeoutMillis ?? 10_000,
      createTimeoutMillis: connectTimeoutMillis + 2000,
      propagateCreateError: true,
    },
    // Merged into knex's `connection`, i.e. the options of every pg Client it opens.
    driverOptions: { connection: { connectionTimeoutMillis: connectTimeoutMillis, keepAlive: true } },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    onQuery: (sql: string) => {
      options.onStatement?.(sql);
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
