import type { WebSocket } from 'ws';
import type { ReadPool } from '../database/read-pool';
import type { TokenEndings } from '../modules/account/token-endings';

const endedTokensSql = `
  select token.id
    from access_token token
    join account on account.id = token.account_id
   where token.id = any($1::int[])
     and (token.revoked_at is not null or account.disabled or (token.expires_at is not null and token.expires_at <= now()))`;

/**
 * A WebSocket outlives the request that authenticated it: one statement for
 * all of this server's sockets finds the tokens that ended (expired, revoked,
 * or of a disabled account) and closes their sockets with 4401. It runs as
 * soon as this process commits an ending, and every so often for the endings
 * committed by other processes and for expiries.
 */
export class SocketTokenWatch {
  private readonly socketsByToken = new Map<number, Set<WebSocket>>();
  private timer?: NodeJS.Timeout;
  private unsubscribe?: () => void;

  constructor(
    private readonly reads: ReadPool,
    private readonly intervalMillis: number,
    private readonly endings: TokenEndings,
  ) {}

  start(): void {
    const closeEnded = () => void this.closeEnded().catch(() => undefined);
    this.timer = setInterval(closeEnded, this.intervalMillis);
    this.timer.unref();
    this.unsubscribe = this.endings.subscribe(closeEnded);
  }

  watch(tokenId: number, socket: WebSocket): void {
    const sockets = this.socketsByToken.get(tokenId) ?? new Set<WebSocket>();
    sockets.add(socket);
    this.socketsByToken.set(tokenId, sockets);
    socket.once('close', () => {
      sockets.delete(socket);
      if (sockets.size === 0) this.socketsByToken.delete(tokenId);
    });
  }

  async closeEnded(): Promise<void> {
    const tokenIds = [...this.socketsByToken.keys()];
    if (tokenIds.length === 0) return;
    const ended = await this.reads.rows<{ id: number }>(endedTokensSql, [tokenIds]);
    for (const { id } of ended) for (const socket of this.socketsByToken.get(id) ?? []) socket.close(4401, 'Token expired or revoked');
  }

  stop(): void {
    clearInterval(this.timer);
    this.unsubscribe?.();
  }
}
