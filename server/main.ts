import { startBianzhi, explorerPath, graphqlPath } from './app';
import { loadConfig } from './config';

async function main(): Promise<void> {
  const bianzhi = await startBianzhi(loadConfig());
  console.log(`Bianzhi (编制) is running on ${bianzhi.databaseDescription}`);
  console.log(`  GraphQL API:      ${bianzhi.url}${graphqlPath}`);
  console.log(`  GraphiQL explorer: ${bianzhi.url}${explorerPath}`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping`);
    await bianzhi.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  console.error('Bianzhi could not start:', error);
  process.exit(1);
});
