import type { MikroORM } from '@mikro-orm/core';
import { Client } from 'pg';
import { connectTimeoutMillis } from '../../database/read-pool';
import type { AlertBus } from './alert-bus';
import type { AlertEventReader } from './alert-events.sql';

const pageSize = 500;

/**
 * Moves committed outbox events onto this server's AlertBus, in cursor order,
 * each once. It runs after every transaction this server commits, on every
 * NOTIFY from another server sharing the database (the payload is the cursor;
 * the rows are read from the outbox), and once a second as a safety net for a
 * notification lost with a dropped connection, which also keeps events moving
 * while the LISTEN connection is re-established after a database outage.
 * Because event ids are committed in order, "everything after the last cursor
 * dispatched" misses nothing.
 */
export class AlertDispatcher {
  private lastDispatched = '0';
  private running?: Promise<void>;
  private again = false;
  private listener?: Client;
  private poll?: NodeJS.Timeout;
  private relistening?: NodeJS.Timeout;
  private stopped = false;
  /** A pass failed and nothing has succeeded since: one log line per outage, not one a second. */
  private failing = false;

  constructor(
    private readonly events: AlertEventReader,
    private readonly bus: AlertBus,
  ) {}

  /**
   * Events committed before the start are left to subscribers' replay. Events
   * this server's own writes produced go out as soon as their transaction
   * commits, through the ORM's commit hook; MikroORM cannot unregister a
   * subscriber, so after `stop` the hook does nothing.
   */
  async start(orm: MikroORM, databaseUrlToListen?: string): Promise<void> {
    this.lastDispatched = await this.events.lastCursor();
    orm.em.getEventManager().registerSubscriber({ afterTransactionCommit: () => this.dispatchNew() });
    if (databaseUrlToListen) await this.listen(databaseUrlToListen);
    this.poll = setInterval(() => this.dispatchNew(), 1000);
    this.poll.unref();
  }

  /**
   * One LISTEN connection. When it is lost after it was established (database
   * restart, network cut), it is replaced by `relisten`, which keeps trying until
   * the database is back; meanwhile the poll moves the events. A connection that
   * fails while being opened rejects instead, for the caller to decide.
   */
  private async listen(databaseUrl: string): Promise<void> {
    const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: connectTimeoutMillis, keepAlive: true });
    let established = false;
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost) return;
      lost = true;
      if (this.listener === client) this.listener = undefined;
      void client.end().catch(() => undefined);
      if (established && !this.stopped) {
        console.warn(`alert dispatcher: the LISTEN connection was lost (${error?.message ?? 'closed'}); reconnecting, polling meanwhile`);
        this.relisten(databaseUrl);
      }
    };
    // pg emits 'error' for a connection lost while idle (an unhandled one would crash the process) and 'end' when it closes.
    client.on('error', onLost);
    client.on('end', () => onLost());
    client.on('notification', () => this.dispatchNew());
    try {
      await client.connect();
      await client.query('listen quota_alert_events');
    } catch (error) {
      onLost();
      throw error;
    }
    if (lost) throw new Error('the LISTEN connection was lost as it was opened');
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    established = true;
    this.listener = client;
    // Whatever was committed while no connection listened.
    this.dispatchNew();
  }

  private relisten(databaseUrl: string, attempt = 1): void {
    if (this.stopped || this.relistening) return;
    const delay = Math.min(250 * 2 ** attempt, 2000);
    this.relistening = setTimeout(() => {
      this.relistening = undefined;
      this.listen(databaseUrl).then(
        () => {
          if (!this.stopped) console.warn(`alert dispatcher: listening again after ${attempt} attempt(s)`);
        },
        () => this.relisten(databaseUrl, attempt + 1),
      );
    }, delay);
    this.relistening.unref();
  }

  /** Single flight: a call while a pass runs asks for one more pass. */
  dispatchNew(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.pass()
      .then(
        () => {
          if (this.failing) console.warn('alert dispatch: the outbox can be read again');
          this.failing = false;
        },
        (error) => {
          if (this.failing) return;
          this.failing = true;
          console.error('alert dispatch failed; the next notification or poll retries (further failures are not logged until it works again)', error);
        },
      )
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
    clearTimeout(this.relistening);
    await this.running;
    await this.listener?.end().catch(() => undefined);
  }
}
