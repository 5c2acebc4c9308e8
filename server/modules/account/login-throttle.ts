import { reasonedError } from '../../errors';
import { RateLimiterMemory } from 'rate-limiter-flexible';

const window = 15 * 60;

/**
 * Failed logins, counted over 15 minutes per username *from one client
 * address*, and per address: past the limit, that username from that address
 * (or anything from that address) is refused for 15 minutes before any
 * password is hashed, so guessing is slow and cannot keep the hashing threads
 * busy. A username is never counted on its own, or anyone anywhere could lock
 * its owner out with five wrong passwords. Kept in this server's memory: each
 * server process counts on its own.
 */
export class LoginThrottle {
  private readonly byUsernameAndAddress: RateLimiterMemory;
  private readonly byAddress: RateLimiterMemory;

  constructor(readonly attemptsPerUsername: number) {
    this.byUsernameAndAddress = new RateLimiterMemory({ keyPrefix: 'username-address', points: attemptsPerUsername, duration: window, blockDuration: window });
    this.byAddress = new RateLimiterMemory({ keyPrefix: 'address', points: attemptsPerUsername * 10, duration: window, blockDuration: window });
  }

  /** Refuses (429, with Retry-After) a username at an address, or an address, that has used up its failures. */
  async check(username: string, address: string): Promise<void> {
    const checks: [RateLimiterMemory, string][] = [
      [this.byUsernameAndAddress, keyOf(username, address)],
      [this.byAddress, address],
    ];
    for (const [limiter, key] of checks) {
      const state = await limiter.get(key);
      if (state && state.consumedPoints >= limiter.points) {
        const seconds = Math.max(1, Math.ceil(state.msBeforeNext / 1000));
        throw reasonedError('TOO_MANY_FAILED_LOGINS', { retryAfterSeconds: seconds, minutes: Math.ceil(seconds / 60) }, { http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) } });
      }
    }
  }

  async failed(username: string, address: string): Promise<void> {
    // consume() rejects once the limit is passed; the next check() refuses.
    await Promise.allSettled([this.byUsernameAndAddress.consume(keyOf(username, address)), this.byAddress.consume(address)]);
  }

  async succeeded(username: string, address: string): Promise<void> {
    await this.byUsernameAndAddress.delete(keyOf(username, address));
  }
}

/** JSON, so that no username can be chosen to collide with another pair. */
function keyOf(username: string, address: string): string {
  return JSON.stringify([username, address]);
}
