import 'reflect-metadata';
import express from 'express';
import { Pool } from 'pg';
import { startBianzhi } from '../../server/app';
import { loadConfig } from '../../server/config';
import { AccountRole } from '../../server/modules/account/account-role';
import { tokenFor } from '../../tests/support/credentials';
import { benchQueries } from './queries';

/**
 * The server under benchmark, in its own process: Bianzhi as `npm start` runs
 * it, plus, on the same Express app, each query's hand-written SQL limit at
 * /bench/limit/<name> and the process's own figures at /bench/stats.
 */
async function main(): Promise<void> {
  const config = loadConfig({ port: 0, host: '127.0.0.1', seedOnStart: false });
  const pool = new Pool({ connectionString: config.databaseUrl, max: 10 });
  let limitStatements = 0;
  const bianzhi = await startBianzhi(config, {
    routes(app) {
      for (const query of benchQueries) {
        app.post(`/bench/limit/${query.name}`, express.json(), async (request, response, next) => {
          try {
            limitStatements += 1;
            // The request's variables (as the GraphQL request's), passed to the statement as $1, $2, ...
            const variables = ((request.body as { variables?: Record<string, unknown> } | undefined)?.variables ?? {}) as Record<string, unknown>;
            const parameters = (query.limitVariables ?? []).map((name) => variables[name]);
            const { rows } = await pool.query<{ data: string }>(query.limitSql, parameters);
            response.type('application/json').send(`{"data":${rows[0].data}}`);
          } catch (error) {
            next(error);
          }
        });
      }
      app.get('/bench/stats', (_request, response) => {
        response.json({ graphqlStatements: bianzhi.statementCount(), limitStatements, rss: process.memoryUsage().rss });
      });
    },
  });
  // A registry-wide reader that sees personal data unmasked, as the hand-written SQL limits do.
  const token = await tokenFor(bianzhi, AccountRole.AUDITOR, null);
  process.stdout.write(`${JSON.stringify({ url: bianzhi.url, token })}\n`);
  process.on('SIGTERM', () => {
    void Promise.all([bianzhi.stop(), pool.end()]).then(() => process.exit(0));
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
