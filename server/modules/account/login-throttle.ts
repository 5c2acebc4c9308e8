import { reasonedError } from '../../errors';
import { RateLimiterMemory } from 'rate-limiter-flexible';

const window = 15 * 60;

/**
 * Failed logins, counted per username and per client address over 15 minutes:
 * past the limit, logins for that username (or from that address) are refused
 * for 15 minutes before any password is hashed, so guessing is slow and
 * cannot keep the hashing threads busy. Kept in this server's memory: each
 * server process counts on its own.
 */
export class LoginThrottle {
  private readonly byUsername: RateLimiterMemory;
  private readonly byAddress: RateLimiterMemory;

  constructor(readonly attemptsPerUsername: number) {
    this.byUsername = new RateLimiterMemory({ keyPrefix: 'username', points: attemptsPerUsername, duration: window, blockDuration: window });
    this.byAddress = new RateLimiterMemory({ keyPrefix: 'address', points: attemptsPerUsername * 10, duration: window, blockDuration: window });
  }

  /** Refuses (429, with Retry-After) a username or address that has used up its failures. */
  async check(username: string, address: string): Promise<void> {
    const checks: [RateLimiterMemory, string][] = [
      [this.byUsername, username],
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
    await Promise.allSettled([this.byUsername.consume(username), this.byAddress.consume(address)]);
  }

  async succeeded(username: string): Promise<void> {
    await this.byUsername.delete(username);
  }
}
