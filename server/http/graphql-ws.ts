import { randomUUID } from 'node:crypto';
import { getOperationAST, GraphQLError, type DocumentNode, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { Context as SocketContext } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { WebSocketServer } from 'ws';
import type { Context } from '../context';
import { reasonedError, reasonExtensions } from '../errors';
import { isDatabaseUnavailable } from '../database/database-errors';
import type { ReadPool } from '../database/read-pool';
import { operationRefusal } from '../modules/access/operation-access';
import { authenticate, type Principal } from '../modules/access/principal';
import { Jurisdiction } from '../modules/access/jurisdiction';
import type { TokenEndings } from '../modules/account/token-endings';
import { formatError, formatExecutionResult } from './format-error';
import { logEvent, logInternalErrors } from './log';
import { requestRefusal } from './request-guard';
import { SocketTokenWatch } from './socket-token-watch';
import { parseOperation, validateOperation } from './validation-rules';

export interface WebSocketOptions {
  schema: GraphQLSchema;
  production: boolean;
  reads: ReadPool;
  maximumSubscriptionsPerSocket: number;
  /** How often open sockets' tokens are checked for revocation by other processes, and for expiry. */
  tokenRecheckMillis: number;
  /** This process's own revocations, which close sockets at once. */
  tokenEndings: TokenEndings;
  createContext: (principal: Principal, requestId: string, clientAddress: string) => Context;
}

interface Connection {
  principal: Principal;
  subscriptions: Set<string>;
  requestIds: Map<string, string>;
}

function connectionOf(connections: WeakMap<object, Connection>, socket: SocketContext): Connection {
  const connection = connections.get(socket);
  if (!connection) throw new Error('operation on a connection that was not acknowledged');
  return connection;
}

/** As over HTTP (see request-plugin.ts): every error answer names its request, to match a user's report with the log. */
function withRequestId(errors: readonly GraphQLFormattedError[], requestId: string): GraphQLFormattedError[] {
  return errors.map((error) => ({ ...error, extensions: { ...error.extensions, requestId } }));
}

/**
 * graphql-ws on the same path as HTTP, with the same rules: credentials in
 * `connection_init` (`{"authorization": "Bearer <token>"}`), the same parser
 * token limit, validation rules and role checks before anything runs, a cap
 * on subscriptions per socket, masked errors. A socket closes (4401) as soon
 * as this process revokes its token or disables its account, and within
 * `tokenRecheckMillis` of its token's expiry or of a revocation elsewhere.
 */
export function serveGraphqlOverWebSocket(webSocketServer: WebSocketServer, options: WebSocketOptions): { dispose(): Promise<void> } {
  const connections = new WeakMap<object, Connection>();
  const tokenWatch = new SocketTokenWatch(options.reads, options.tokenRecheckMillis, options.tokenEndings);
  tokenWatch.start();
  const served = useServer<Record<string, unknown>>(
    {
      schema: options.schema,
      async onConnect(socket) {
        const authorization = socket.connectionParams?.authorization ?? socket.connectionParams?.Authorization;
        let principal: Principal | null;
        try {
          ({ principal } = await authenticate(options.reads, typeof authorization === 'string' ? authorization : null));
        } catch (error) {
          if (error instanceof GraphQLError) return false;
          if (isDatabaseUnavailable(error)) throw new Error('The database is unavailable; try again shortly');
          logEvent('error', 'WebSocket authentication failed', { error: String(error) });
          throw new Error('Internal server error');
        }
        if (!principal) return false;
        connections.set(socket, { principal, subscriptions: new Set(), requestIds: new Map() });
        tokenWatch.watch(principal.tokenId, socket.extra.socket);
        return true;
      },
      onSubscribe(socket, id, payload) {
        const connection = connectionOf(connections, socket);
        // Drawn first, so that a refusal below carries it too.
        const requestId = randomUUID();
        connection.requestIds.set(id, requestId);
        const malformed = requestRefusal(payload);
        if (malformed) return [new GraphQLError(malformed.message, { extensions: malformed.extensions })];
        let document: DocumentNode;
        try {
          document = parseOperation(payload.query);
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('The query could not be parsed', { extensions: reasonExtensions('SYNTAX_ERROR', {}) })];
        }
        const invalid = validateOperation(options.schema, document, options.production, payload);
        if (invalid.length) return invalid;
        const refusal = operationRefusal(options.schema, document, payload.operationName, new Jurisdiction(connection.principal));
        if (refusal) return [refusal];
        if (getOperationAST(document, payload.operationName)?.operation === 'subscription') {
          // graphql-ws forgets a subscription the moment the client completes it; onComplete comes only once its stream has ended.
          for (const held of connection.subscriptions) if (!(held in socket.subscriptions)) connection.subscriptions.delete(held);
          if (connection.subscriptions.size >= options.maximumSubscriptionsPerSocket) {
            return [reasonedError('TOO_MANY_SUBSCRIPTIONS', { maximum: options.maximumSubscriptionsPerSocket })];
          }
          connection.subscriptions.add(id);
        }
        return {
          schema: options.schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: options.createContext(connection.principal, requestId, socket.extra.request.socket.remoteAddress ?? 'unknown'),
        };
      },
      onNext(socket, id, _payload, _arguments, result) {
        if (!result.errors?.length) return result;
        const requestId = connections.get(socket)?.requestIds.get(id) ?? id;
        logInternalErrors(result.errors, requestId);
        const formatted = formatExecutionResult(result, options.production);
        return { ...formatted, errors: withRequestId(formatted.errors ?? [], requestId) };
      },
      onError(socket, id, _payload, errors) {
        const requestId = connections.get(socket)?.requestIds.get(id) ?? id;
        // An error ends the operation; a refused one never reaches onComplete.
        connections.get(socket)?.requestIds.delete(id);
        logInternalErrors(errors, requestId);
        return withRequestId(
          errors.map((error) => formatError(error.toJSON(), error, options.production)),
          requestId,
        );
      },
      onComplete(socket, id) {
        const connection = connections.get(socket);
        connection?.subscriptions.delete(id);
        connection?.requestIds.delete(id);
      },
    },
    webSocketServer,
  );
  return {
    async dispose() {
      tokenWatch.stop();
      await served.dispose();
    },
  };
}
