import type { ApolloServerPlugin } from '@apollo/server';
import { databaseUnavailableCode } from '../database/database-errors';
import type { Context } from '../context';
import { operationRefusal } from '../modules/access/operation-access';
import { logInternalErrors } from './log';

/**
 * Per HTTP request: refuse operations the caller's role may not send before
 * anything runs; log internal errors under the request id; give every error
 * answer that id, so a user's report can be matched with the log; answer 503
 * when the database could not be reached at all.
 */
export function requestPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operationName, contextValue }) {
          const refusal = operationRefusal(schema, document, operationName, contextValue.jurisdiction);
          if (refusal) throw refusal;
        },
        async didEncounterErrors({ errors, contextValue }) {
          logInternalErrors(errors, contextValue.requestId);
        },
        async willSendResponse({ response, contextValue }) {
          const { body } = response;
          if (body.kind !== 'single' || !body.singleResult.errors) return;
          const errors = body.singleResult.errors.map((error) => ({ ...error, extensions: { ...error.extensions, requestId: contextValue.requestId } as Record<string, unknown> }));
          body.singleResult.errors = errors;
          if (body.singleResult.data == null && errors.some((error) => error.extensions?.code === databaseUnavailableCode)) response.http.status = 503;
        },
      };
    },
  };
}
