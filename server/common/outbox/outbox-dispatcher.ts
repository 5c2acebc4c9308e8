import type { MikroORM } from '@mikro-orm/core';
import { ListenConnection } from '../../database/listen-connection';
import type { OutboxChannel, RoutedEvent } from './event-bus';

const pageSize = 500;

/**
 * Moves one outbox's committed events onto this server's bus for it, in cursor order,
 * each once. It runs after every transaction this server commits, on every
 * NOTIFY from another server sharing the database (the payload is the cursor;
 * the rows are read from the outbox), and once a second as a safety net for a
 * notification lost with a dropped connection, which also keeps events moving
 * while the LISTEN connection is re-established after a database outage.
 * Because event ids are committed in order, "everything after the last cursor
 * dispatched" misses nothing.
 */
export class OutboxDispatcher<E extends RoutedEvent> {
  private lastDispatched = '0';
  private running?: Promise<void>;
  private again = false;
  private listener?: ListenConnection;
  private poll?: NodeJS.Timeout;
  private stopped = false;
  /** A pass failed and nothing has succeeded since: one log line per outage, not one a second. */
  private failing = false;

  constructor(
    /** Names the outbox in the log. */
    private readonly name: string,
    /** The channel its writers NOTIFY with the new cursor. */
    private readonly notifyChannel: string,
    private readonly channel: OutboxChannel<E>,
  ) {}

  /**
   * Events committed before the start are left to subscribers' replay. Events
   * this server's own writes produced go out as soon as their transaction
   * commits, through the ORM's commit hook; MikroORM cannot unregister a
   * subscriber, so after `stop` the hook does nothing.
   */
  async start(orm: MikroORM, databaseUrlToListen?: string): Promise<void> {
    this.lastDispatched = await this.channel.events.lastCursor();
    orm.em.getEventManager().registerSubscriber({ afterTransactionCommit: () => this.dispatchNew() });
    if (databaseUrlToListen) {
      // A lost connection is replaced by ListenConnection; meanwhile the poll moves the events, and on its return whatever was committed unannounced.
      this.listener = new ListenConnection(`${this.name} dispatcher`, databaseUrlToListen, [this.notifyChannel], {
        notified: () => this.dispatchNew(),
        established: () => this.dispatchNew(),
        lost: () => undefined,
      });
      await this.listener.start();
    }
    this.poll = setInterval(() => this.dispatchNew(), 1000);
    this.poll.unref();
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
          if (this.failing) console.warn(`${this.name} dispatch: the outbox can be read again`);
          this.failing = false;
        },
        (error) => {
          if (this.failing) return;
          this.failing = true;
          console.error(`${this.name} dispatch failed; the next notification or poll retries (further failures are not logged until it works again)`, error);
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
      const events = await this.channel.events.after(this.lastDispatched, pageSize);
      for (const event of events) {
        this.lastDispatched = event.cursor;
        this.channel.bus.publish(event);
      }
      if (events.length < pageSize) return;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.poll);
    await this.running;
    await this.listener?.stop();
  }
}
