import type { Context } from '../../context';
import { badUserInput } from '../../errors';
import { referencedInJurisdiction } from '../../modules/access/record-access';
import { Bureau } from '../../modules/bureau/bureau.entity';
import type { OutboxChannel, RoutedEvent } from './event-bus';
import { eventStream } from './event-stream';

/** The newest cursor of an outbox's events in the caller's jurisdiction: what a valid `since` can be at most. */
export function streamHead<E extends RoutedEvent>(context: Context, channel: OutboxChannel<E>): Promise<string> {
  return channel.events.lastCursor(context.jurisdiction.isRegistryWide ? undefined : context.jurisdiction.pattern);
}

/** Where a subscription watches from, as the client sent it. */
export interface StreamPosition {
  under: string;
  since?: string | null;
}

/**
 * Opens a subscriber's stream of one outbox's events under a bureau of the
 * caller's jurisdiction, replaying from `since`. A bureau outside the
 * jurisdiction is refused exactly as one that does not exist. `narrowing`
 * checks the subscription's other arguments and gives the test each event must
 * pass, live and in replay.
 */
export async function subscribeUnder<E extends RoutedEvent>(
  context: Context,
  channel: OutboxChannel<E>,
  { under, since }: StreamPosition,
  narrowing: () => Promise<(event: E) => boolean>,
): Promise<AsyncIterableIterator<E>> {
  if (since != null && !/^\d{1,18}$/.test(since)) throw badUserInput('since', 'CURSOR_INVALID');
  const bureau = await referencedInJurisdiction(context, Bureau, 'under', under);
  const wanted = await narrowing();
  if (since != null && BigInt(since) > BigInt(await streamHead(context, channel))) throw badUserInput('since', 'CURSOR_BEYOND_HEAD');
  return eventStream(channel, bureau, since ?? null, wanted);
}
