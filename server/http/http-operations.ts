import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { reasonedError } from '../errors';

/**
 * Apollo executes a subscription sent over plain HTTP as if it were a query:
 * the subscription field has no value to return outside a stream, so the
 * client got `Cannot return null for non-nullable field`, masked as an
 * INTERNAL_SERVER_ERROR. Subscriptions are served over graphql-ws on the same
 * path; over HTTP they are refused with a 400 saying so, before anything runs.
 */
export function subscriptionsOnlyOverWebSocket<Context extends BaseContext>(graphqlPath = '/graphql'): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== 'subscription') return;
          throw reasonedError('SUBSCRIPTION_OVER_HTTP', { path: graphqlPath }, { http: { status: 400 } });
        },
      };
    },
  };
}
