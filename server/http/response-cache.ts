import type { ApolloServerPlugin } from '@apollo/server';
import type { ReadPool } from '../database/read-pool';
import { LRUCache } from 'lru-cache';
import type { Context } from '../context';
import { todayInChina } from '../common/validation';

/**
 * An answer kept as its JSON text, not as its object graph: one string per
 * answer is nothing for the garbage collector to walk, where the objects of a
 * full cache were (a miss used to cost more than no cache at all), and its
 * length is its size.
 */
/** On every query's answer: whether the response cache gave it (`hit`) or the query ran (`miss`). */
export const cacheStatusHeader = 'x-bianzhi-cache';

interface CachedAnswer {
  generation: string;
  json: string;
}

/** The registry's write count (see RegistryGeneration): equal sums mean no commit in between. */
export async function readRegistryGeneration(reads: ReadPool): Promise<string> {
  const [row] = await reads.rows<{ generation: string }>('select coalesce(sum(generation), 0)::text as generation from registry_generation');
  return row.generation;
}

/**
 * Answers a query from memory when the same query, with the same variables, was
 * answered at the registry generation that is still current: nothing has been
 * committed since, so the answer is still exact. The generation is read before
 * a query runs and the answer is kept under it, so an answer never claims to
 * be older than the data it saw. Any write anywhere makes every kept answer
 * unusable; the registry is read far more often than it is written.
 */
export function responseCachePlugin(reads: ReadPool, maximumBytes = 64 * 1024 * 1024): ApolloServerPlugin<Context> {
  const answers = new LRUCache<string, CachedAnswer>({
    maxSize: maximumBytes,
    sizeCalculation: (answer) => Math.max(1, answer.json.length),
  });
  return {
    async requestDidStart() {
      let key: string | undefined;
      let generation: string | undefined;
      return {
        async responseForOperation(requestContext) {
          if (requestContext.operation?.operation !== 'query') return null;
          requestContext.response.http.headers.set(cacheStatusHeader, 'miss');
          // What a query may see depends on who asks (`me`), their jurisdiction and their role: answers are kept per account.
          key = `${requestContext.contextValue.jurisdiction.principal?.accountId}\u0000${requestContext.queryHash}\u0000${requestContext.operationName ?? ''}\u0000${JSON.stringify(requestContext.request.variables ?? {})}`;
          try {
            // Answers also change with the day in China (an approval expires at midnight) without any write.
            generation = `${requestContext.contextValue.registryGeneration ?? (await readRegistryGeneration(reads))}@${todayInChina()}`;
          } catch {
            // No generation, no cache: the query itself will meet the database's state and report it.
            key = undefined;
            return null;
          }
          const cached = answers.get(key);
          if (cached?.generation !== generation) return null;
          requestContext.response.http.headers.set(cacheStatusHeader, 'hit');
          return { http: requestContext.response.http, body: { kind: 'single', singleResult: { data: JSON.parse(cached.json) as Record<string, unknown> } } };
        },
        async willSendResponse(requestContext) {
          const { body } = requestContext.response;
          if (!key || !generation || body.kind !== 'single' || body.singleResult.errors || !body.singleResult.data) return;
          if (answers.get(key)?.generation === generation) return;
          answers.set(key, { generation, json: JSON.stringify(body.singleResult.data) });
        },
      };
    },
  };
}
