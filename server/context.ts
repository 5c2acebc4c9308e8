import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config';
import { Jurisdiction } from './modules/access/jurisdiction';
import { pathReadingFor } from './modules/access/placement';
import type { Authentication } from './modules/access/principal';
import { ReadScope } from './modules/access/read-scope';
import type { SubtreeGenerations } from './modules/registry/subtree-generations';
import type { ReadPool } from './database/read-pool';
import { recordByIdLoaders } from './common/loader-factories';
import type { OutboxChannel } from './common/outbox/event-bus';
import type { QuotaAlertEventMessage } from './modules/alert/alert-event.types';
import type { AnnualReturnEventMessage } from './modules/annual-report/annual-return-event.types';
import type { LoginThrottle } from './modules/account/login-throttle';
import type { TokenEndings } from './modules/account/token-endings';
import type { PrincipalCache } from './modules/access/principal-cache';
import { createAlertLoaders } from './modules/alert/alert.reads';
import { createBureauLoaders } from './modules/bureau/bureau.reads';
import { createQuotaLoaders } from './modules/quota/quota.reads';
import { createStaffLoaders } from './modules/staff/staff.reads';
import type { EstablishmentCache } from './modules/statistics/establishment-cache';
import type { StaffingCache } from './modules/statistics/staffing-cache';
import { createStatisticsLoaders } from './modules/statistics/statistics.loaders';
import { createUnitLoaders } from './modules/unit/unit.reads';
import { createInstitutionLoaders } from './modules/institution/institution.reads';
import { createStaffingUseLoaders } from './modules/staffing-use/staffing-use.reads';
import { createWebsiteLoaders } from './modules/website/website.reads';

function createLoaders(services: ServerServices, reads: ReadPool) {
  const recordById = recordByIdLoaders(reads, (entity) => pathReadingFor(reads.metadataStorage, entity));
  return {
    recordById,
    ...createBureauLoaders(reads, recordById),
    ...createInstitutionLoaders(reads, recordById),
    ...createUnitLoaders(reads),
    ...createStaffingUseLoaders(reads),
    ...createQuotaLoaders(reads, recordById),
    ...createStaffLoaders(reads, recordById),
    ...createWebsiteLoaders(reads, recordById),
    ...createAlertLoaders(reads),
    statistics: createStatisticsLoaders(reads, services.staffing, services.establishment),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** What one server keeps across requests: its read connections, caches that check their own freshness against the database, and the alert bus. */
export interface ServerServices {
  /** The connections GraphQL reads go through; writes use the request's EntityManager. */
  reads: ReadPool;
  staffing: StaffingCache;
  /** Each bureau's own establishment figures (all institutions), kept while its staffing version holds. */
  establishment: EstablishmentCache;
  /** The quota alerts' outbox, as the dispatcher delivers it. */
  alerts: OutboxChannel<QuotaAlertEventMessage>;
  /** The annual report's outbox (submissions, returns, acceptances, overdue returns). */
  returnEvents: OutboxChannel<AnnualReturnEventMessage>;
  loginThrottle: LoginThrottle;
  tokenEndings: TokenEndings;
  /** Tokens verified lately (see principal-cache.ts). */
  principals: PrincipalCache;
}

/** What every resolver of one request shares: its own EntityManager and its own DataLoaders. */
export interface Context {
  em: EntityManager;
  /** The connections every GraphQL read goes through (loaders and lists alike); writes use `em`. */
  reads: ReadPool;
  /** Who is calling and the part of the tree they may read and change. */
  jurisdiction: Jurisdiction;
  /** The server's own name for this request, in the log, in error answers and in the audit trail. */
  requestId: string;
  /** The caller's own `x-request-id`, when well-formed: kept beside the server's, never instead of it. */
  clientRequestId: string | null;
  /** The write counts of the jurisdiction's subtrees when the request began, when authentication read them (the response cache is on). */
  subtreeGenerations?: SubtreeGenerations;
  /** Where this request's answer was read from, kept only while the response cache is on. */
  readScope: ReadScope | null;
  /** The client's network address, for counting failed logins. */
  clientAddress: string;
  loginThrottle: LoginThrottle;
  tokenEndings: TokenEndings;
  loaders: Loaders;
  /**
   * Starts afresh with new loaders. A subscription's context outlives its
   * events: each event's links are read as the records stand when it is
   * delivered, not as an earlier event found them.
   */
  forgetLoadedRecords(): void;
  config: Config;
  alerts: ServerServices['alerts'];
  returnEvents: ServerServices['returnEvents'];
}

/**
 * Forks the EntityManager here rather than relying on MikroORM's RequestContext,
 * which does not survive Apollo's async hops.
 */
export function createContext(
  orm: MikroORM,
  config: Config,
  services: ServerServices,
  authentication: Authentication,
  request: { requestId: string; clientRequestId?: string | null; clientAddress: string },
): Context {
  const em = orm.em.fork();
  const reads = services.reads.forRequest();
  const context: Context = {
    em,
    reads,
    jurisdiction: new Jurisdiction(authentication.principal),
    requestId: request.requestId,
    clientRequestId: request.clientRequestId ?? null,
    clientAddress: request.clientAddress,
    loginThrottle: services.loginThrottle,
    tokenEndings: services.tokenEndings,
    subtreeGenerations: authentication.subtreeGenerations,
    readScope: authentication.subtreeGenerations ? new ReadScope(authentication.principal?.jurisdictionPath ?? '') : null,
    loaders: createLoaders(services, reads),
    forgetLoadedRecords: () => {
      context.loaders = createLoaders(services, reads);
    },
    config,
    alerts: services.alerts,
    returnEvents: services.returnEvents,
  };
  return context;
}
