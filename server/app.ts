import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Express } from 'express';
import { WebSocketServer } from 'ws';
import type { Config } from './config';
import { type Context, createContext, type ServerServices } from './context';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './database/embedded-postgres';
import { migrate, openOrm } from './database/orm';
import { ReadPool } from './database/read-pool';
import { adminPath, adminRouter } from './http/admin-app';
import { explorerRouter } from './http/explorer';
import { databaseUnavailable, isDatabaseUnavailable } from './database/database-errors';
import { formatError } from './http/format-error';
import { serveGraphqlOverWebSocket } from './http/graphql-ws';
import { databaseReadiness, healthRouter } from './http/health';
import { jsonErrorHandler, jsonNotFound } from './http/json-errors';
import { operationCostLimit } from './http/operation-cost';
import { subscriptionsOnlyOverWebSocket } from './http/http-operations';
import { requestGuard } from './http/request-guard';
import { requestIdMiddleware } from './http/request-id';
import { requestPlugin } from './http/request-plugin';
import { responseCachePlugin } from './http/response-cache';
import { parseOptions, validationRules } from './http/validation-rules';
import { authenticate } from './modules/access/principal';
import { LoginThrottle } from './modules/account/login-throttle';
import { AlertBus } from './modules/alert/alert-bus';
import { AlertDispatcher } from './modules/alert/alert-dispatcher';
import { AlertEventReader, createAlertEventsPool } from './modules/alert/alert-events.sql';
import { StaffingCache } from './modules/statistics/staffing-cache';
import { buildBianzhiSchema } from './schema';
import { seedIfEmpty } from './seed/seed';

export const graphqlPath = '/graphql';
export const explorerPath = '/graphiql';

export interface Bianzhi {
  /** Base URL of the HTTP server, e.g. http://127.0.0.1:4000 */
  url: string;
  orm: MikroORM;
  /** Where the data lives: the external server's URL (without password) or the embedded data folder. */
  databaseDescription: string;
  /** SQL statements sent since start: how tests and benchmarks see N+1 queries. */
  statementCount(): number;
  stop(): Promise<void>;
}

function describeDatabaseUrl(url: string): string {
  const parsed = new URL(url);
  parsed.password = '';
  return parsed.toString();
}

export interface StartOptions {
  /** Extra routes on the same Express app, mounted before the GraphQL endpoint (the benchmarks' hand-written SQL). */
  routes?: (app: Express, orm: MikroORM) => void;
}

/** Builds and starts the whole server; used by the process entry and by the tests alike. */
export async function startBianzhi(config: Config, options: StartOptions = {}): Promise<Bianzhi> {
  let embedded: EmbeddedPostgres | undefined;
  const databaseUrl = config.databaseUrl ?? (embedded = await startEmbeddedPostgres(config.dataDir)).url;
  // The embedded engine is a single PostgreSQL session: one connection keeps transactions from interleaving on it.
  let statements = 0;
  const countStatement = () => {
    statements += 1;
  };
  const orm = await openOrm(databaseUrl, {
    poolSize: embedded ? 1 : 10,
    logSql: config.logSql,
    onStatement: () => countStatement(),
  });
  try {
    const applied = await migrate(orm);
    if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
    if (config.seedOnStart) await seedIfEmpty(orm);
  } catch (error) {
    await orm.close();
    await embedded?.stop();
    throw error;
  }

  const alertEventsPool = createAlertEventsPool(databaseUrl);
  const services: ServerServices = {
    // The embedded engine serves one statement at a time: its single read connection may be busy for a while under load.
    reads: new ReadPool(databaseUrl, orm.getMetadata(), embedded ? { size: 1, onStatement: countStatement, waitMillis: 10_000, sharedSession: true } : { size: 10, onStatement: countStatement }),
    staffing: new StaffingCache(),
    alerts: { bus: new AlertBus(), events: new AlertEventReader(alertEventsPool, orm.getMetadata()) },
    loginThrottle: new LoginThrottle(config.loginAttemptsPerUsername),
  };
  const dispatcher = new AlertDispatcher(services.alerts.events, services.alerts.bus);
  await dispatcher.start(config.databaseUrl);
  // Events this server's own writes produced go out as soon as the transaction commits.
  orm.em.getEventManager().registerSubscriber({ afterTransactionCommit: () => dispatcher.dispatchNew() });

  const schema = await buildBianzhiSchema();
  const app = express();
  const httpServer = http.createServer(app);
  const webSocketServer = new WebSocketServer({ server: httpServer, path: graphqlPath, maxPayload: 64 * 1024 });
  const webSockets = serveGraphqlOverWebSocket(webSocketServer, {
    schema,
    production: config.production,
    reads: services.reads,
    maximumSubscriptionsPerSocket: config.maximumSubscriptionsPerSocket,
    tokenRecheckMillis: config.tokenRecheckSeconds * 1000,
    createContext: (principal, requestId, clientAddress) => createContext(orm, config, services, { principal }, { requestId, clientAddress }),
  });
  const apollo = new ApolloServer<Context>({
    schema,
    validationRules: validationRules(config.production),
    parseOptions,
    formatError: (formatted, error) => formatError(formatted, error, config.production),
    includeStacktraceInErrorResponses: false,
    // main.ts owns SIGINT and SIGTERM; Apollo's own handlers would re-raise the signal into ours and never exit.
    stopOnTerminationSignals: false,
    introspection: !config.production,
    hideSchemaDetailsFromClientErrors: config.production,
    csrfPrevention: true,
    persistedQueries: false,
    // Cache hints are not used; the cache-control plugin would wrap every field resolver to collect them.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { async serverWillStart() { return { drainServer: async () => void (await webSockets.dispose()) }; } },
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      requestPlugin(),
      subscriptionsOnlyOverWebSocket(graphqlPath),
      operationCostLimit(),
      ...(config.responseCache ? [responseCachePlugin(services.reads)] : []),
    ],
  });
  await apollo.start();

  let stopping = false;
  app.disable('x-powered-by');
  app.use(requestIdMiddleware);
  app.use(
    healthRouter({
      checkDatabase: databaseReadiness(orm, services.reads),
      stopping: () => stopping,
    }),
  );
  options.routes?.(app, orm);
  app.get('/', (_request, response) => response.redirect(`${adminPath}/`));
  app.use(adminRouter());
  if (!config.production) app.use(explorerRouter(explorerPath, graphqlPath));
  app.use(
    graphqlPath,
    express.json({ limit: '1mb' }),
    requestGuard(),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        try {
          const authentication = await authenticate(services.reads, req.headers.authorization);
          return createContext(orm, config, services, authentication, { requestId: res.locals.requestId as string, clientAddress: req.ip ?? 'unknown' });
        } catch (error) {
          throw isDatabaseUnavailable(error) ? databaseUnavailable() : error;
        }
      },
    }),
  );
  app.use(jsonNotFound);
  app.use(jsonErrorHandler);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;

  return {
    url: `http://${host}:${port}`,
    orm,
    statementCount: () => statements,
    databaseDescription: embedded ? `embedded PostgreSQL (PGlite) in ${config.dataDir}` : describeDatabaseUrl(databaseUrl),
    async stop() {
      stopping = true;
      await apollo.stop();
      await dispatcher.stop();
      await alertEventsPool.end();
      await services.reads.end();
      await orm.close();
      await embedded?.stop();
    },
  };
}
