import type { MikroORM } from '@mikro-orm/postgresql';
import { ListenConnection } from '../../database/listen-connection';
import type { Principal } from './principal';

/** The channel the database announces on, at commit, any change that can end or change a principal (see the migration that adds it). */
export const principalsChangedChannel = 'bianzhi_principals_changed';

/** Longest a verified token is believed without asking the database, should notifications stop without the connection telling. */
const longestBeliefMillis = 30_000;

/** Most tokens remembered at once: past it, the oldest are forgotten first. */
const mostRemembered = 10_000;

interface Remembered {
  principal: Principal;
  verifiedAt: number;
}

/**
 * Tokens this process verified lately, so that a request need not ask the
 * database who is calling. Believed only while a LISTEN connection hears the
 * database's announcements of changes to tokens, accounts and bureau paths:
 * every committed change, by any process or straight in SQL, forgets them all;
 * so does every commit of this process, before its answer leaves. A read that
 * began before a change and ends after it is not kept (the epoch moved).
 */
export class PrincipalCache {
  private readonly remembered = new Map<string, Remembered>();
  private epoch = 0;
  private listener?: ListenConnection;

  /** Listens on the database at `databaseUrl`; without it (the embedded engine, or the response cache on) nothing is remembered. */
  async start(orm: MikroORM, databaseUrl: string | null): Promise<void> {
    orm.em.getEventManager().registerSubscriber({ afterTransactionCommit: () => this.forgetAll() });
    if (!databaseUrl) return;
    this.listener = new ListenConnection('verified tokens', databaseUrl, [principalsChangedChannel], {
      notified: () => this.forgetAll(),
      established: () => this.forgetAll(),
      lost: () => this.forgetAll(),
    });
    await this.listener.start();
  }

  /** The principal of a token hash, if verified lately and not expired since. */
  recall(tokenHash: string): Principal | undefined {
    if (!this.listener?.listening) return undefined;
    const found = this.remembered.get(tokenHash);
    if (!found) return undefined;
    const now = Date.now();
    if (now - found.verifiedAt > longestBeliefMillis || (found.principal.expiresAt && found.principal.expiresAt.getTime() <= now)) {
      this.remembered.delete(tokenHash);
      return undefined;
    }
    return found.principal;
  }

  /** To be taken before reading a token from the database, and given back to `remember` with what was read. */
  currentEpoch(): number {
    return this.epoch;
  }

  remember(tokenHash: string, principal: Principal, epochBeforeReading: number, verifiedAt: number): void {
    if (!this.listener?.listening || epochBeforeReading !== this.epoch) return;
    if (this.remembered.size >= mostRemembered) this.remembered.delete(this.remembered.keys().next().value!);
    this.remembered.set(tokenHash, { principal, verifiedAt });
  }

  forgetAll(): void {
    this.epoch += 1;
    this.remembered.clear();
  }

  async stop(): Promise<void> {
    this.forgetAll();
    await this.listener?.stop();
  }
}
