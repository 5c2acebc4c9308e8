import type { OutboxChannel, RoutedEvent } from './event-bus';

const replayPage = 500;

/**
 * A subscriber's stream of the events it wants (`wanted`, the same test live
 * and in replay): listen first, then replay what the outbox holds after
 * `since`, then go live, dropping any event at or before the last cursor sent.
 * Listening before the replay means nothing can fall between the two; cursors
 * are committed in order, so "at or before the last one sent" is exactly the
 * set already sent.
 *
 * Not a bare async generator: a generator's return() waits while the generator
 * waits for the next event, so a client's `complete` or a closed socket would
 * keep the stream (its bus listener, its context) until its bureau next had an
 * event. return() here wakes the wait and ends the stream at once.
 */
export function eventStream<E extends RoutedEvent>(
  { events, bus }: OutboxChannel<E>,
  bureau: { code: string; path: string },
  since: string | null,
  wanted: (event: E) => boolean,
): AsyncIterableIterator<E> {
  let stopped = false;
  let wake: (() => void) | undefined;
  async function* stream(): AsyncGenerator<E> {
    const queued: E[] = [];
    const unsubscribe = bus.subscribe(bureau.code, (event) => {
      if (!wanted(event)) return;
      queued.push(event);
      wake?.();
    });
    try {
      let last = since === null ? null : BigInt(since);
      if (since !== null) {
        for (;;) {
          const page = await events.after(last!.toString(), replayPage, bureau.path);
          for (const event of page) {
            if (stopped) return;
            last = BigInt(event.cursor);
            if (wanted(event)) yield event;
          }
          if (page.length < replayPage) break;
        }
      }
      while (!stopped) {
        while (queued.length > 0 && !stopped) {
          const event = queued.shift()!;
          const cursor = BigInt(event.cursor);
          if (last !== null && cursor <= last) continue;
          last = cursor;
          yield event;
        }
        if (stopped) return;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = undefined;
      }
    } finally {
      unsubscribe();
    }
  }
  const generator = stream();
  return {
    next: () => generator.next(),
    return: (value?: unknown) => {
      stopped = true;
      wake?.();
      return generator.return(value as undefined);
    },
    throw: (error?: unknown) => generator.throw(error),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
