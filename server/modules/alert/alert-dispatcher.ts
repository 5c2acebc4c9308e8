import { Client } from 'pg';
import type { AlertBus } from './alert-bus';
import type { AlertEventReader } from './alert-events.sql';

const pageSize = 500;

/**
 * Moves committed outbox events onto this server's AlertBus, in cursor order,
 * each once. It runs after every transaction this server commits, on every
 * NOTIFY from another server sharing the database (the payload is the cursor;
 * the rows are read from the outbox), and once a second as a safety net for a
 * notification lost with a dropped connection. Because event ids are committed
 * in order, "everything after the last cursor dispatched" misses nothing.
 */
export class AlertDispatcher {
  private lastDispatched = '0';
  private running?: Promise<void>;
  private again = false;
  private listener?: Client;
  private poll?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly events: AlertEventReader,
    private readonly bus: AlertBus,
  ) {}

  /** Events committed before the start are left to subscribers' replay. */
  async start(databaseUrlToListen?: string): Promise<void> {
    this.lastDispatched = await this.events.lastCursor();
    if (databaseUrlToListen) await this.listen(databaseUrlToListen);
    this.poll = setInterval(() => this.dispatchNew(), 1000);
    this.poll.unref();
  }

  private async listen(databaseUrl: string): Promise<void> {
    const client = new Client({ connectionString: databaseUrl });
    client.on('notification', () => this.dispatchNew());
    client.on('error', () => {
      this.listener = undefined;
      void client.end().catch(() => undefined);
      if (!this.stopped) setTimeout(() => void this.listen(databaseUrl).catch(() => undefined), 1000).unref();
    });
    await client.connect();
    await client.query('listen quota_alert_events');
    this.listener = client;
    this.dispatchNew();
  }

  /** Single flight: a call while a pass runs asks for one more pass. */
  dispatchNew(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.pass()
      .catch((error) => console.error('alert dispatch failed; the next notification or poll retries', error))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.dispatchNew();
        }
      });
  }

  private async pass(): Promise<void> {
    for (;;) {
      const events = await this.events.after(this.lastDispatched, pageSize);
      for (const event of events) {
        this.lastDispatched = event.cursor;
        this.bus.publish(event);
      }
      if (events.length < pageSize) return;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.poll);
    await this.running;
    await this.listener?.end().catch(() => undefined);
  }
}
