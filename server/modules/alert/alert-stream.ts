import type { AlertBus } from './alert-bus';
import type { QuotaAlertEventMessage } from './alert-event.types';
import type { AlertEventReader } from './alert-events.sql';

const replayPage = 500;

/**
 * A subscriber's stream: listen first, then replay what the outbox holds after
 * `since`, then go live, dropping any event at or before the last cursor sent.
 * Listening before the replay means nothing can fall between the two; cursors
 * are committed in order, so "at or before the last one sent" is exactly the
 * set already sent.
 */
export async function* alertStream(
  events: AlertEventReader,
  bus: AlertBus,
  bureau: { code: string; path: string },
  since: string | null,
): AsyncGenerator<QuotaAlertEventMessage> {
  const queued: QuotaAlertEventMessage[] = [];
  let wake: (() => void) | undefined;
  const unsubscribe = bus.subscribe(bureau.code, (event) => {
    queued.push(event);
    wake?.();
  });
  try {
    let last = since === null ? null : BigInt(since);
    if (since !== null) {
      for (;;) {
        const page = await events.after(last!.toString(), replayPage, bureau.path);
        for (const event of page) {
          last = BigInt(event.cursor);
          yield event;
        }
        if (page.length < replayPage) break;
      }
    }
    for (;;) {
      while (queued.length > 0) {
        const event = queued.shift()!;
        const cursor = BigInt(event.cursor);
        if (last !== null && cursor <= last) continue;
        last = cursor;
        yield event;
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
      wake = undefined;
    }
  } finally {
    unsubscribe();
  }
}
