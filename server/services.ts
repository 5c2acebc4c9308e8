import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config';
import type { ServerServices } from './context';
import { startEmbeddedPostgres } from './database/embedded-postgres';
import { migrate, openOrm } from './database/orm';
import { ReadPool } from './database/read-pool';
import { LoginThrottle } from './modules/account/login-throttle';
import { TokenEndings } from './modules/account/token-endings';
import { PrincipalCache } from './modules/access/principal-cache';
import { EventBus } from './common/outbox/event-bus';
import { OutboxDispatcher } from './common/outbox/outbox-dispatcher';
import { createOutboxPool } from './common/outbox/outbox-table';
import { ScheduledSweeps } from './common/outbox/scheduled-sweeps';
import { logEvent } from './http/log';
import { alertEventReader } from './modules/alert/alert-events.sql';
import { returnEventReader } from './modules/annual-report/annual-return-events.sql';
import { StaffingCache } from './modules/statistics/staffing-cache';
import { EstablishmentCache } from './modules/statistics/establishment-cache';
import { seedIfEmpty } from './seed/seed';

/** Everything behind the HTTP side: the database, migrated and seeded, and what requests share. */
export interface BianzhiServices {
  orm: MikroORM;
  /** What every request's context is given. */
  shared: ServerServices;
  /** Where the data lives: the external server's URL (without password) or the embedded data folder. */
  databaseDescription: string;
  /** SQL statements sent since start, by the ORM and the read pool. */
  statementCount(): number;
  /** Closes everything, in the reverse order of opening; a second call does nothing. */
  stop(): Promise<void>;
}

function describeDatabaseUrl(url: string): string {
  const parsed = new URL(url);
  parsed.password = '';
  return parsed.toString();
}

/**
 * Opens the database (the configured server or an embedded engine), migrates
 * and seeds it, and starts the read pool, the caches and the alert machinery.
 * A failure part-way closes what was opened before it.
 */
export async function startServices(config: Config): Promise<BianzhiServices> {
  const closers: (() => Promise<unknown>)[] = [];
  const closeAll = async () => {
    let firstFailure: unknown;
    while (closers.length > 0) await closers.pop()!().catch((error: unknown) => void (firstFailure ??= error));
    if (firstFailure) throw firstFailure;
  };
  try {
    const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres(config.dataDir);
    if (embedded) closers.push(() => embedded.stop());
    const databaseUrl = config.databaseUrl ?? embedded!.url;
    let statements = 0;
    // Every statement of a request goes through MikroORM or the read pool (the token lookup too): both report here.
    const countStatement = (sql: string) => {
      statements += 1;
      if (config.logSql) logEvent('info', 'sql', { sql });
    };
    // The embedded engine is a single PostgreSQL session: one connection keeps transactions from interleaving on it.
    const orm = await openOrm(databaseUrl, { poolSize: embedded ? 1 : 10, onStatement: countStatement });
    closers.push(() => orm.close());
    const applied = await migrate(orm);
    if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
    if (config.seedOnStart) await seedIfEmpty(orm);

    // The embedded engine serves one statement at a time: its single read connection may be busy for a while under load.
    const reads = ReadPool.open(
      databaseUrl,
      orm.getMetadata(),
      embedded ? { size: 1, onStatement: countStatement, waitMillis: 10_000, sharedSession: true } : { size: 10, onStatement: countStatement },
    );
    closers.push(() => reads.end());
    const outboxPool = createOutboxPool(databaseUrl);
    closers.push(() => outboxPool.end());
    const shared: ServerServices = {
      reads,
      staffing: new StaffingCache(),
      establishment: new EstablishmentCache(),
      alerts: { bus: new EventBus(), events: alertEventReader(outboxPool, orm.getMetadata()) },
      returnEvents: { bus: new EventBus(), events: returnEventReader(outboxPool) },
      loginThrottle: new LoginThrottle(config.loginAttemptsPerUsername),
      tokenEndings: new TokenEndings(),
      principals: new PrincipalCache(),
    };
    closers.push(() => shared.principals.stop());
    // With the response cache on, the token's statement is sent anyway for the write counts: nothing to believe, nothing to listen for.
    const believesTokens = config.verifiedTokenCache && !config.responseCache && config.databaseUrl;
    await shared.principals.start(orm, believesTokens ? config.databaseUrl! : null);
    for (const dispatcher of [
      new OutboxDispatcher('alert', 'quota_alert_events', shared.alerts),
      new OutboxDispatcher('annual return event', 'annual_return_events', shared.returnEvents),
    ]) {
      closers.push(() => dispatcher.stop());
      await dispatcher.start(orm, config.databaseUrl);
    }
    const sweeps = new ScheduledSweeps(orm, ['sweep_approval_alerts', 'sweep_overdue_returns'], config.sweepMinutes);
    closers.push(() => sweeps.stop());
    await sweeps.start();

    return {
      orm,
      shared,
      databaseDescription: embedded ? `embedded PostgreSQL (PGlite) in ${config.dataDir}` : describeDatabaseUrl(databaseUrl),
      statementCount: () => statements,
      stop: closeAll,
    };
  } catch (error) {
    await closeAll().catch(() => undefined);
    throw error;
  }
}
