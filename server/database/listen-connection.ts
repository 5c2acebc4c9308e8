import { Client } from 'pg';
import { connectTimeoutMillis } from './read-pool';

/** What a LISTEN connection's owner is told. */
export interface ListenEvents {
  /** A NOTIFY on one of the channels, after the notifying transaction committed. */
  notified(channel: string, payload: string | undefined): void;
  /** The connection listens (first time or again): whatever was committed while nobody listened went unannounced. */
  established(): void;
  /** The connection is gone; notifications are missed until `established` is called again. */
  lost(): void;
}

/**
 * One connection that LISTENs on some channels and outlives the database going
 * away: when it is lost after it was established (restart, network cut), it is
 * replaced, retrying with a growing pause until the database is back. A
 * connection that fails while first being opened rejects `start` instead, for
 * the caller to decide.
 */
export class ListenConnection {
  private client?: Client;
  private relistening?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    /** Names the connection in the log. */
    private readonly name: string,
    private readonly databaseUrl: string,
    private readonly channels: string[],
    private readonly events: ListenEvents,
  ) {}

  /** True while notifications arrive: established and not lost since. */
  get listening(): boolean {
    return this.client !== undefined;
  }

  start(): Promise<void> {
    return this.listen();
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl, connectionTimeoutMillis: connectTimeoutMillis, keepAlive: true });
    let established = false;
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost) return;
      lost = true;
      void client.end().catch(() => undefined);
      if (!established) return;
      this.client = undefined;
      this.events.lost();
      if (!this.stopped) {
        console.warn(`${this.name}: the LISTEN connection was lost (${error?.message ?? 'closed'}); reconnecting`);
        this.relisten();
      }
    };
    // pg emits 'error' for a connection lost while idle (an unhandled one would crash the process) and 'end' when it closes.
    client.on('error', onLost);
    client.on('end', () => onLost());
    client.on('notification', (message) => this.events.notified(message.channel, message.payload));
    try {
      await client.connect();
      for (const channel of this.channels) await client.query(`listen ${channel}`);
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
    this.client = client;
    this.events.established();
  }

  private relisten(attempt = 1): void {
    if (this.stopped || this.relistening) return;
    const delay = Math.min(250 * 2 ** attempt, 2000);
    this.relistening = setTimeout(() => {
      this.relistening = undefined;
      this.listen().then(
        () => {
          if (!this.stopped) console.warn(`${this.name}: listening again after ${attempt} attempt(s)`);
        },
        () => this.relisten(attempt + 1),
      );
    }, delay);
    this.relistening.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.relistening);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }
}
