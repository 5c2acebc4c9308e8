import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { WebSocketServer } from 'ws';
import type { StartOptions } from '../app';
import type { Config } from '../config';
import { type Context, createContext } from '../context';
import { databaseUnavailable, isDatabaseUnavailable } from '../database/database-errors';
import { authenticate } from '../modules/access/principal';
import { buildBianzhiSchema } from '../schema';
import { annualReturnExports } from '../modules/annual-report/annual-return-export.route';
import { registerRoutes } from '../modules/registers/registers.route';
import type { BianzhiServices } from '../services';
import { adminPath, adminRouter } from './admin-app';
import { explorerRouter } from './explorer';
import { compiledExecution } from './compiled-execution';
import { formatError } from './format-error';
import { serveGraphqlOverWebSocket } from './graphql-ws';
import { databaseReadiness, healthRouter } from './health';
import { subscriptionsOnlyOverWebSocket } from './http-operations';
import { jsonErrorHandler, jsonNotFound } from './json-errors';
import { operationCostLimit } from './operation-cost';
import { requestGuard } from './request-guard';
import { requestIdMiddleware } from './request-id';
import { requestPlugin } from './request-plugin';
import { responseCachePlugin } from './response-cache';
import { parseOptions, validationRules } from './validation-rules';

export const graphqlPath = '/graphql';
export const explorerPath = '/graphiql';

export interface BianzhiHttpServer {
  /** Base URL, e.g. http://127.0.0.1:4000 */
  url: string;
  /** Stops taking requests and waits for those in flight and for the WebSockets to close. */
  stop(): Promise<void>;
}

/** The HTTP side over the services: Express with health, admin client, explorer and GraphQL over HTTP, and GraphQL over WebSocket. */
export async function startHttpServer(config: Config, services: BianzhiServices, options: StartOptions): Promise<BianzhiHttpServer> {
  const { orm, shared } = services;
  const schema = await buildBianzhiSchema();
  const app = express();
  const httpServer = http.createServer(app);
  const webSocketServer = new WebSocketServer({ server: httpServer, path: graphqlPath, maxPayload: 64 * 1024 });
  const webSockets = serveGraphqlOverWebSocket(webSocketServer, {
    schema,
    production: config.production,
    reads: shared.reads,
    maximumSubscriptionsPerSocket: config.maximumSubscriptionsPerSocket,
    tokenRecheckMillis: config.tokenRecheckSeconds * 1000,
    tokenEndings: shared.tokenEndings,
    createContext: (principal, requestId, clientAddress) => createContext(orm, config, shared, { principal }, { requestId, clientAddress }),
  });
  const apollo = new ApolloServer<Context>({
    ...(config.compiledExecution ? { gateway: compiledExecution(schema) } : { schema }),
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
      ...(config.responseCache ? [responseCachePlugin()] : []),
    ],
  });
  await apollo.start();

  let stopping = false;
  app.disable('x-powered-by');
  app.use(requestIdMiddleware);
  app.use(
    healthRouter({
      checkDatabase: databaseReadiness(orm, shared.reads),
      stopping: () => stopping,
    }),
  );
  app.use(annualReturnExports(shared, schema));
  app.use(registerRoutes(orm, shared, schema));
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
          const authentication = await authenticate(shared.reads, req.headers.authorization, config.responseCache, shared.principals);
          return createContext(orm, config, shared, authentication, {
            requestId: res.locals.requestId as string,
            clientRequestId: res.locals.clientRequestId as string | null,
            clientAddress: req.ip ?? 'unknown',
          });
        } catch (error) {
          throw isDatabaseUnavailable(error) ? databaseUnavailable() : error;
        }
      },
    }),
  );
  app.use(jsonNotFound);
  app.use(jsonErrorHandler);

  const stop = async () => {
    stopping = true;
    await apollo.stop();
  };
  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, () => resolve());
    });
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  return { url: `http://${host}:${port}`, stop };
}
