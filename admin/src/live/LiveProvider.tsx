import { createClient, type Client } from 'graphql-ws';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLogout } from 'react-admin';
import { readSession } from '../graphql/session';
import { isRefusal, webSocketUrl } from './live-socket';

export type LiveConnection = 'connecting' | 'connected' | 'disconnected';

interface Live {
  connection: LiveConnection;
  /** The window's one graphql-ws client; null until signed in. */
  client: Client | null;
  /** The root of the account's jurisdiction, whose subtree every live subscription watches. */
  under: string | null;
}

const LiveContext = createContext<Live>({ connection: 'connecting', client: null, under: null });

export const useLive = () => useContext(LiveContext);

/**
 * One graphql-ws connection per signed-in window, shared by every live
 * subscription (see useLiveEvents). It keeps reconnecting through server
 * restarts and network cuts, but a token the server refuses ends the session.
 */
export function LiveProvider({ children }: { children: ReactNode }) {
  const logout = useLogout();
  const [connection, setConnection] = useState<LiveConnection>('connecting');
  const [client, setClient] = useState<Client | null>(null);
  const session = readSession();
  const token = session?.token;
  const under = session?.rootBureau?.id ?? null;

  useEffect(() => {
    if (!token || !under) return;
    const created = createClient({
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
    setClient(created);
    return () => {
      setClient(null);
      void created.dispose();
    };
  }, [token, under, logout]);

  const live = useMemo(() => ({ connection, client, under }), [connection, client, under]);
  return <LiveContext.Provider value={live}>{children}</LiveContext.Provider>;
}
