import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Context } from '../context';
import { todayInChina } from '../common/validation';
import { reportsReadScopeExtension } from '../modules/access/read-scope';
import { rootFieldNames } from '../common/root-fields';

/** On every query's answer: whether the response cache gave it (`hit`) or the query ran (`miss`). */
export const cacheStatusHeader = 'x-bianzhi-cache';

/**
 * An answer kept as its JSON text, not as its object graph: one string per
 * answer is nothing for the garbage collector to walk, where the objects of a
 * full cache were (a miss used to cost more than no cache at all), and its
 * length is its size. It is valid while the subtree it was read from has the
 * write count it had when the query began, on the same day in China.
 */
interface CachedAnswer {
  scope: string;
  generation: string;
  day: string;
  json: string;
}

/** Whether every root field of the operation declares where it reads (ReportsReadScope); `__typename` reads nothing. */
function rootFieldsReportScope(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): boolean {
  const fields = schema.getQueryType()?.getFields() ?? {};
  return rootFieldNames(document, operation).every((name) => name === '__typename' || fields[name]?.extensions?.[reportsReadScopeExtension] === true);
}

/**
 * Answers a query from memory when the same caller asked the same query, with
 * the same variables, and nothing has been committed since under the part of
 * the tree that answer was read from (see ReadScope): a write in Nanming does
 * not evict Zunyi's answers. The write counts are read with the caller's token
 * before a query runs and the answer is kept under them, so an answer never
 * claims to be older than the data it saw; writes by other processes or
 * straight to the database raise the counts through triggers all the same.
 */
export function responseCachePlugin(maximumBytes = 64 * 1024 * 1024): ApolloServerPlugin<Context> {
  const answers = new LRUCache<string, CachedAnswer>({
    maxSize: maximumBytes,
    sizeCalculation: (answer) => Math.max(1, answer.json.length),
  });
  const narrowable = new LRUCache<string, boolean>({ max: 1000 });
  return {
    async requestDidStart() {
      /** The answer's key while it is to be kept: a query that missed. */
      let key: string | undefined;
      let day: string | undefined;
      return {
        async responseForOperation(requestContext) {
          if (requestContext.operation?.operation !== 'query') return null;
          requestContext.response.http.headers.set(cacheStatusHeader, 'miss');
          const { readScope, subtreeGenerations, jurisdiction } = requestContext.contextValue;
          // Without credentials there is nothing to see and no write counts: nothing to keep.
          if (!readScope || !subtreeGenerations) return null;
          // What a query may see depends on who asks (`me`), their jurisdiction and their role: answers are kept per account.
          key = `${jurisdiction.principal?.accountId}\u0000${requestContext.queryHash}\u0000${requestContext.operationName ?? ''}\u0000${JSON.stringify(requestContext.request.variables ?? {})}`;
          // Answers also change with the day in China (an approval expires at midnight) without any write.
          day = todayInChina();
          const cached = answers.get(key);
          if (!cached || cached.day !== day || cached.generation !== subtreeGenerations.of(cached.scope)) return null;
          requestContext.response.http.headers.set(cacheStatusHeader, 'hit');
          key = undefined;
          return { http: requestContext.response.http, body: { kind: 'single', singleResult: { data: JSON.parse(cached.json) as Record<string, unknown> } } };
        },
        async willSendResponse(requestContext) {
          const { body } = requestContext.response;
          const { readScope, subtreeGenerations, jurisdiction } = requestContext.contextValue;
          if (!key || !day || !readScope || !subtreeGenerations || !requestContext.operation || body.kind !== 'single' || body.singleResult.errors || !body.singleResult.data) return;
          const narrowableKey = `${requestContext.queryHash}\u0000${requestContext.operationName ?? ''}`;
          let reportsScope = narrowable.get(narrowableKey);
          if (reportsScope === undefined) narrowable.set(narrowableKey, (reportsScope = rootFieldsReportScope(requestContext.schema, requestContext.document!, requestContext.operation)));
          const scope = reportsScope ? readScope.path : jurisdiction.path;
          answers.set(key, { scope, generation: subtreeGenerations.of(scope), day, json: JSON.stringify(body.singleResult.data) });
        },
      };
    },
  };
}
