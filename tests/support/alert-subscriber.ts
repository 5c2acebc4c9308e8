import { print, type DocumentNode } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import {
  AnnualReturnStreamDocument,
  QuotaAlertStreamDocument,
  QuotaAlertStreamLinksDocument,
  type QuotaAlertStreamLinksSubscription,
  type QuotaAlertStreamLinksSubscriptionVariables,
  type AnnualReturnStreamSubscription,
  type AnnualReturnStreamSubscriptionVariables,
  type QuotaAlertStreamSubscription,
  type QuotaAlertStreamSubscriptionVariables,
} from '../generated/graphql';

export type AlertEvent = QuotaAlertStreamSubscription['quotaAlerts'];
export type ReturnEvent = AnnualReturnStreamSubscription['annualReturnEvents'];

/** The subscription's optional narrowing arguments. */
export type AlertNarrowing = Pick<QuotaAlertStreamSubscriptionVariables, 'kind' | 'category' | 'tier' | 'institutionId'>;

/** The server's word that these credentials will not do; retrying cannot help. */
const unauthorizedOrForbidden = [4401, 4403];

function isCloseEvent(value: unknown): value is { code: number } {
  return typeof value === 'object' && value !== null && 'code' in value && typeof value.code === 'number';
}

export interface EventSubscriber<Event> {
  events: Event[];
  /** Date.now() at the receipt of each event, for latency. */
  receivedAt: number[];
  errors: unknown[];
  waitFor(predicate: (events: Event[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * A graphql-ws client as an integrator would write one: it retries forever
 * (also on "connection refused" while a server restarts), except when the
 * server closes with 4401 or 4403 (credentials refused), and resumes from the
 * last cursor it received, because the subscription's variables object, which
 * the client sends again on every reconnect, is updated on every event.
 */
function subscribeToStream<Event extends { cursor: string }, Variables extends { since?: string | null }>(
  httpUrl: string,
  document: DocumentNode,
  field: string,
  variables: Variables,
  token: string,
): EventSubscriber<Event> {
  const events: Event[] = [];
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
  client.subscribe<Record<string, Event>>(
    { query: print(document), variables },
    {
      next: (message) => {
        if (message.errors) errors.push(...message.errors);
        const event = message.data?.[field];
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

export type AlertSubscriber = EventSubscriber<AlertEvent>;

export function subscribeToAlerts(httpUrl: string, under: string, since: string | null, token: string, narrowing: AlertNarrowing = {}): AlertSubscriber {
  const variables: QuotaAlertStreamSubscriptionVariables = { ...narrowing, under, since };
  return subscribeToStream<AlertEvent, QuotaAlertStreamSubscriptionVariables>(httpUrl, QuotaAlertStreamDocument, 'quotaAlerts', variables, token);
}

/** The annual report's events under a bureau, resuming as the alerts' subscriber does. */
export function subscribeToReturnEvents(httpUrl: string, under: string, since: string | null, token: string, type?: AnnualReturnStreamSubscriptionVariables['type']): EventSubscriber<ReturnEvent> {
  const variables: AnnualReturnStreamSubscriptionVariables = { under, since, type };
  return subscribeToStream<ReturnEvent, AnnualReturnStreamSubscriptionVariables>(httpUrl, AnnualReturnStreamDocument, 'annualReturnEvents', variables, token);
}

/** Alerts with their institution link, read as the institution stands when each is delivered. */
export function subscribeToAlertLinks(httpUrl: string, under: string, token: string): EventSubscriber<QuotaAlertStreamLinksSubscription['quotaAlerts']> {
  const variables: QuotaAlertStreamLinksSubscriptionVariables = { under, since: null };
  return subscribeToStream<QuotaAlertStreamLinksSubscription['quotaAlerts'], QuotaAlertStreamLinksSubscriptionVariables>(httpUrl, QuotaAlertStreamLinksDocument, 'quotaAlerts', variables, token);
}
