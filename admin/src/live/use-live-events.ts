import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { useEffect, useRef } from 'react';
import { useLive } from './LiveProvider';

/** What every live subscription takes: the bureau whose subtree to watch, and the cursor to resume after. */
type StreamVariables = {
  under: string;
  since?: string | null;
};

/**
 * Subscribes, over the window's live connection, to a stream of events under
 * the account's jurisdiction, handing each to `onEvent`. The cursor of the last
 * event is kept in the subscription's variables, which graphql-ws sends again
 * on every reconnection: the stream resumes after it, missing or repeating none.
 */
export function useLiveEvents<Data, Event extends { cursor: string }>(
  document: TypedDocumentNode<Data, StreamVariables>,
  pick: (data: Data) => Event,
  onEvent: (event: Event) => void,
): void {
  const { client, under } = useLive();
  // The latest handlers, so that a new translate (the language changed) does not resubscribe.
  const handlers = useRef({ pick, onEvent });
  handlers.current = { pick, onEvent };

  useEffect(() => {
    if (!client || !under) return;
    const variables: StreamVariables = { under };
    return client.subscribe<Data>(
      { query: print(document), variables },
      {
        next: ({ data }) => {
          if (!data) return;
          const event = handlers.current.pick(data);
          variables.since = event.cursor;
          handlers.current.onEvent(event);
        },
        // A refused token closes the connection, which LiveProvider handles; nothing else ends a stream.
        error: () => undefined,
        complete: () => undefined,
      },
    );
  }, [client, under, document]);
}
