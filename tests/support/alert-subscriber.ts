import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { QuotaAlertStreamDocument, type QuotaAlertStreamSubscription, type QuotaAlertStreamSubscriptionVariables } from '../generated/graphql';

export type AlertEvent = QuotaAlertStreamSubscription['quotaAlerts'];

/** The subscription's optional narrowing arguments. */
export type AlertNarrowing = Pick<QuotaAlertStreamSubscriptionVariables, 'kind' | 'category' | 'tier' | 'institutionId'>;

/** The server's word that these credentials will not do; retrying cannot help. */
const unauthorizedOrForbidden = [4401, 4403];

function isCloseEvent(value: unknown): value is { code: number } {
  return typeof value === 'object' && value !== null && 'code' in value && typeof value.code === 'number';
}

export interface AlertSubscriber {
  events: AlertEvent[];
  /** Date.now() at the receipt of each event, for latency. */
  receivedAt: number[];
  errors: unknown[];
  waitFor(predicate: (events: AlertEvent[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * A graphql-ws client as an integrator would write one: it retries forever
 * (also on "connection refused" while a server restarts), except when the
 * server closes with 4401 or 4403 (credentials refused), and resumes from the
 * last cursor it received, because the subscription's variables object, which
 * the client sends again on every reconnect, is updated on every event.
 */
export function subscribeToAlerts(httpUrl: string, under: string, since: string | null, token: string, narrowing: AlertNarrowing = {}): AlertSubscriber {
  const events: AlertEvent[] = [];
  const receivedAt: number[] = [];
  const errors: unknown[] = [];
  const client: Client = createClient({
    url: `${httpUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    lazy: false,
    // The subscription's own error handler records a fatal close; the default would print it to the console again.
    onNonLazyError: () => undefined,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: (errorOrCloseEvent) => !(isCloseEvent(errorOrCloseEvent) && unauthorizedOrForbidden.includes(errorOrCloseEvent.code)),
    retryWait: () => new Promise((resolve) => setTimeout(resolve, 100)),
  });
  const variables: QuotaAlertStreamSubscriptionVariables = { ...narrowing, under, since };
  client.subscribe<QuotaAlertStreamSubscription>(
    { query: print(QuotaAlertStreamDocument), variables },
    {
      next: (message) => {
        if (message.errors) errors.push(...message.errors);
        const event = message.data?.quotaAlerts;
        if (!event) return;
        events.push(event);
        receivedAt.push(Date.now());
        variables.since = event.cursor;
      },
      // A CloseEvent's code and reason are getters, which JSON.stringify would drop.
      error: (error) => errors.push(isCloseEvent(error) ? { closeCode: error.code, reason: (error as { reason?: string }).reason } : error),
      complete: () => undefined,
    },
  );
  return {
    events,
    receivedAt,
    errors,
    async waitFor(predicate, timeoutMs = 15000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(events)) {
        if (errors.length) throw new Error(`subscription failed: ${JSON.stringify(errors)}`);
        if (Date.now() > deadline) throw new Error(`timed out with ${events.length} events`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: async () => {
      await client.dispose();
    },
  };
}
