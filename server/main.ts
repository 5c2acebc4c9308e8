import { startBianzhi, explorerPath, graphqlPath } from './app';
import { adminPath } from './http/admin-app';
import { loadConfig } from './config';

/** Longest a graceful stop may take (Apollo gives requests in flight 10 s before it cuts them) before the process exits anyway. */
const stopDeadlineMillis = 20_000;

async function main(): Promise<void> {
  const bianzhi = await startBianzhi(loadConfig());
  console.log(`Bianzhi (编制) is running on ${bianzhi.databaseDescription}`);
  console.log(`  Admin client:      ${bianzhi.url}${adminPath}/`);
  console.log(`  GraphQL API:       ${bianzhi.url}${graphqlPath}`);
  console.log(`  GraphiQL explorer: ${bianzhi.url}${explorerPath}`);
  let stopping = false;
  /**
   * Graceful stop (see Bianzhi.stop): no new connections are accepted, requests
   * in flight finish and their sockets close, WebSockets are closed with 1001
   * (going away), and the database connections close last. Exits 0 once done.
   * A second signal, or the deadline, exits at once with 1.
   */
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      console.log(`${signal} again: exiting now, without waiting for requests in flight`);
      process.exit(1);
    }
    stopping = true;
    console.log(`${signal}: stopping; requests in flight finish, then the database connections close (${signal} again exits at once)`);
    const deadline = setTimeout(() => {
      console.error(`still stopping after ${stopDeadlineMillis / 1000} s; exiting`);
      process.exit(1);
    }, stopDeadlineMillis);
    deadline.unref();
    const startedAt = Date.now();
    try {
      await bianzhi.stop();
    } catch (error) {
      console.error('Bianzhi did not stop cleanly:', error);
      process.exit(1);
    }
    console.log(`Bianzhi stopped in ${Date.now() - startedAt} ms`);
    process.exit(0);
  };
  process.on('SIGINT', (signal) => void stop(signal));
  process.on('SIGTERM', (signal) => void stop(signal));
}

main().catch((error) => {
  console.error('Bianzhi could not start:', error);
  process.exit(1);
});
