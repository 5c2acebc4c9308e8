import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import type { Config } from './config';
import { startHttpServer } from './http/http-server';
import { startServices } from './services';

export { explorerPath, graphqlPath } from './http/http-server';

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

export interface StartOptions {
  /** Extra routes on the same Express app, mounted before the GraphQL endpoint (the benchmarks' hand-written SQL). */
  routes?: (app: Express, orm: MikroORM) => void;
}

/** Builds and starts the whole server; used by the process entry and by the tests alike. */
export async function startBianzhi(config: Config, options: StartOptions = {}): Promise<Bianzhi> {
  const services = await startServices(config);
  const httpServer = await startHttpServer(config, services, options).catch(async (error: unknown) => {
    await services.stop().catch(() => undefined);
    throw error;
  });
  return {
    url: httpServer.url,
    orm: services.orm,
    databaseDescription: services.databaseDescription,
    statementCount: () => services.statementCount(),
    // Requests in flight finish before the services they use close.
    async stop() {
      await httpServer.stop();
      await services.stop();
    },
  };
}
