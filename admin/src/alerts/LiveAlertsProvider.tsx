import { useQueryClient } from '@tanstack/react-query';
import { createClient } from 'graphql-ws';
import { print } from 'graphql';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useLogout, useNotify, useTranslate } from 'react-admin';
import { AlertEventsDocument, type AlertEventsSubscription } from '../gql/graphql';
import { readSession } from '../graphql/session';
import { liveAlertMessage } from './live-alert-message';

export type LiveAlertConnection = 'connecting' | 'connected' | 'disconnected';

const LiveAlertsContext = createContext<{ connection: LiveAlertConnection; received: number }>({
  connection: 'connecting',
  received: 0,
});

export const useLiveAlerts = () => useContext(LiveAlertsContext);

/** The server closes a socket with 4401 when its token expired or was revoked, 4403 when it had none. */
function isRefusal(event: unknown): boolean {
  const code = (event as { code?: unknown } | null)?.code;
  return code === 4401 || code === 4403;
}

function webSocketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql`;
}

/**
 * One graphql-ws subscription to the alerts under the account's jurisdiction:
 * every event refreshes the alert and unit lists and is announced wherever the
 * user is. The cursor of the last event is kept, so a reconnection resumes
 * without missing or repeating any.
 */
export function LiveAlertsProvider({ children }: { children: ReactNode }) {
  const notify = useNotify();
  const logout = useLogout();
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const [connection, setConnection] = useState<LiveAlertConnection>('connecting');
  const [received, setReceived] = useState(0);
  const session = readSession();
  const token = session?.token;
  const under = session?.rootBureau?.id;

  useEffect(() => {
    if (!token || !under) return;
    let cursor: string | undefined;
    const client = createClient({
      url: webSocketUrl(),
      connectionParams: () => ({ authorization: `Bearer ${readSession()?.token ?? token}` }),
      // Keep trying through server restarts and network cuts ("connection refused" included),
      // but not with a token the server has refused: that session is over.
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: (event) => !isRefusal(event),
      on: {
        connected: () => setConnection('connected'),
        closed: (event) => {
          setConnection('disconnected');
          if (isRefusal(event)) void logout();
        },
      },
    });
    let unsubscribe = () => {};
    const subscribe = () => {
      unsubscribe = client.subscribe<AlertEventsSubscription>(
        { query: print(AlertEventsDocument), variables: { under, since: cursor } },
        {
          next: ({ data }) => {
            if (!data) return;
            const event = data.quotaAlerts;
            cursor = event.cursor;
            setReceived((count) => count + 1);
            void queryClient.invalidateQueries({ queryKey: ['alerts'] });
            void queryClient.invalidateQueries({ queryKey: ['units'] });
            const message = liveAlertMessage(event, translate);
            notify(message.key, {
              type: event.type === 'RAISED' ? 'warning' : 'info',
              messageArgs: message.args,
              autoHideDuration: 10000,
              multiLine: true,
            });
          },
          error: () => setConnection('disconnected'),
          // The server ends a subscription only when the socket's token is no longer valid.
          complete: () => undefined,
        },
      );
    };
    subscribe();
    return () => {
      unsubscribe();
      void client.dispose();
    };
  }, [token, under, notify, translate, queryClient, logout]);

  return <LiveAlertsContext.Provider value={{ connection, received }}>{children}</LiveAlertsContext.Provider>;
}
