import path from 'node:path';

export interface Config {
  /** HTTP port; 0 picks a free one. */
  port: number;
  host: string;
  /** PostgreSQL server to use; when absent Bianzhi runs on its embedded engine. */
  databaseUrl?: string;
  /** Where the embedded engine keeps its files; `memory://` keeps nothing. */
  dataDir: string;
  /** A website whose content is older than this many days is stale. */
  staleWebsiteDays: number;
  /** Seed the Guizhou 2012 registry into an empty database on start. */
  seedOnStart: boolean;
  production: boolean;
  /** Log SQL statements (debugging). */
  logSql: boolean;
  /** Live subscriptions one WebSocket may hold at once. */
  maximumSubscriptionsPerSocket: number;
  /** How often open WebSockets' tokens are checked for expiry and revocation. */
  tokenRecheckSeconds: number;
  /** Failed logins allowed per username in 15 minutes (ten times as many per client address) before logins are refused for 15 minutes. */
  loginAttemptsPerUsername: number;
  /** How long a session token from `login` lasts. */
  sessionHours: number;
  /** How often time passing is checked for (ScheduledSweeps): approvals to use posts coming within 30 days of their last day or expiring (APPROVAL_EXPIRING alerts), and returns past their due date (OVERDUE events). */
  sweepMinutes: number;
  /** Answer a repeated query from memory while nothing has been written since (see response-cache.ts). */
  responseCache: boolean;
  /** Believe a token verified lately without a statement, while the database's announcements of token and account changes are heard (see principal-cache.ts). */
  verifiedTokenCache: boolean;
  /** Run queries compiled by graphql-jit rather than interpreted by graphql-js (see compiled-execution.ts). */
  compiledExecution: boolean;
}

function integerFromEnvironment(name: string, fallback: number, minimum = 0): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < minimum) {
    throw new Error(`${name} must be an integer of at least ${minimum}, got "${raw}"`);
  }
  return value;
}

export function loadConfig(overrides: Partial<Config> = {}): Config {
  return {
    port: integerFromEnvironment('PORT', 4000),
    host: process.env.HOST || '0.0.0.0',
    databaseUrl: process.env.DATABASE_URL || undefined,
    dataDir: process.env.DATA_DIR || path.resolve('data'),
    staleWebsiteDays: integerFromEnvironment('STALE_WEBSITE_DAYS', 30, 1),
    // The demo seed brings demo accounts with published passwords: never by default in production.
    seedOnStart: process.env.SEED ? process.env.SEED !== 'false' : process.env.NODE_ENV !== 'production',
    maximumSubscriptionsPerSocket: integerFromEnvironment('MAX_SUBSCRIPTIONS_PER_SOCKET', 20, 1),
    tokenRecheckSeconds: integerFromEnvironment('TOKEN_RECHECK_SECONDS', 30, 1),
    loginAttemptsPerUsername: integerFromEnvironment('LOGIN_ATTEMPTS', 5, 1),
    sessionHours: integerFromEnvironment('SESSION_HOURS', 12, 1),
    production: process.env.NODE_ENV === 'production',
    logSql: process.env.LOG_SQL === 'true',
    responseCache: process.env.RESPONSE_CACHE !== 'false',
    verifiedTokenCache: process.env.VERIFIED_TOKEN_CACHE !== 'false',
    compiledExecution: process.env.COMPILED_EXECUTION !== 'false',
    sweepMinutes: integerFromEnvironment('APPROVAL_SWEEP_MINUTES', 60, 1),
    ...overrides,
  };
}
