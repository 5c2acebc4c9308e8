import { Router } from 'express';

export interface HealthOptions {
  /** Resolves when the database answers (e.g. `select 1` on each pool requests use); rejects or hangs when it does not. */
  checkDatabase: () => Promise<unknown>;
  /** Longest wait for `checkDatabase` before readiness says no. */
  timeoutMillis?: number;
  /** True once the server is shutting down: readiness says no, so a load balancer sends nothing new. */
  stopping?: () => boolean;
}

function within<T>(work: Promise<T>, millis: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${millis} ms`)), millis);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * `GET /health`: liveness. The process is up and serving HTTP; always 200
 * `{status: 'ok'}`, whatever the database does (restarting the process would not
 * bring the database back).
 *
 * `GET /health/ready`: readiness. 200 `{status: 'ready'}` when the database
 * answers within `timeoutMillis`, else 503 `{status: 'database unavailable'}`
 * (or `{status: 'stopping'}` during shutdown). It follows the database by itself:
 * no restart is needed after an outage.
 */
export function healthRouter({ checkDatabase, timeoutMillis = 2000, stopping = () => false }: HealthOptions): Router {
  const router = Router();
  // Logged on changes only: probes come every few seconds.
  let wasReady = true;
  router.get('/health', (_request, response) => {
    response.set('cache-control', 'no-store').json({ status: 'ok' });
  });
  router.get('/health/ready', async (_request, response) => {
    response.set('cache-control', 'no-store');
    if (stopping()) {
      response.status(503).json({ status: 'stopping' });
      return;
    }
    try {
      await within(Promise.resolve().then(checkDatabase), timeoutMillis);
      if (!wasReady) console.warn('readiness: the database answers again');
      wasReady = true;
      response.json({ status: 'ready' });
    } catch (error) {
      if (wasReady) console.warn(`readiness: the database does not answer: ${error instanceof Error ? error.message : String(error)}`);
      wasReady = false;
      response.status(503).json({ status: 'database unavailable' });
    }
  });
  return router;
}

/**
 * The readiness check of a Bianzhi server: one `select 1` on the write pool
 * (MikroORM's, not counted as a request's statement) and one on the read pool,
 * side by side. Either failing means requests would fail.
 */
export function databaseReadiness(orm: { checkConnection(): Promise<{ ok: boolean; reason?: string; error?: Error }> }, reads: { ping(): Promise<void> }): () => Promise<void> {
  return async () => {
    const [writes] = await Promise.all([orm.checkConnection(), reads.ping()]);
    if (!writes.ok) throw writes.error ?? new Error(writes.reason ?? 'the write pool has no connection');
  };
}
