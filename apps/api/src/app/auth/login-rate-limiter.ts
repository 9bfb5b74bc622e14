/** Fixed-window counters of failed sign-ins (see RateCounters), so every API instance shares the same login limits. */
import { Injectable } from '@nestjs/common';
import { ApiConfig } from '@jumush/server/config';
import { RateCounters, type RateDecision, type RateLimit } from '../redis/rate-counters';

export type { RateDecision };

const addressKey = (ip: string) => `login:ip:${ip}`;
const accountKey = (login: string) => `login:account:${login.toLowerCase()}`;
const failuresKey = (login: string) => `login:failures:${login.toLowerCase()}`;

@Injectable()
export class LoginRateLimiter {
  constructor(
    private readonly counters: RateCounters,
    private readonly config: ApiConfig,
  ) {}

  /**
   * Whether this address may try again. Only failed sign-ins count (see `failedFromAddress`): many people
   * behind one carrier's NAT share an address, and their successful sign-ins must never lock each other out.
   */
  checkAddress(ip: string): Promise<RateDecision> {
    return this.counters.peek(addressKey(ip), this.perAddress());
  }

  /** Counts one failed sign-in from this address. */
  failedFromAddress(ip: string): Promise<RateDecision> {
    return this.counters.hit(addressKey(ip), this.perAddress());
  }

  /** Whether this login (phone or email) may try again, whether or not such an account exists. */
  checkAccount(login: string): Promise<RateDecision> {
    return this.counters.peek(accountKey(login), this.perAccount());
  }

  /** Counts one failed sign-in at this login, from any address. */
  failedAtAccount(login: string): Promise<RateDecision> {
    return this.counters.hit(accountKey(login), this.perAccount());
  }

  async failuresOf(login: string): Promise<number> {
    return (await this.counters.peek(failuresKey(login), { limit: Number.MAX_SAFE_INTEGER, windowSeconds: 1 })).attempts;
  }

  async recordFailure(login: string, windowSeconds: number): Promise<number> {
    return (await this.counters.hit(failuresKey(login), { limit: Number.MAX_SAFE_INTEGER, windowSeconds })).attempts;
  }

  async clear(login: string): Promise<void> {
    await this.counters.clear(accountKey(login), failuresKey(login));
  }

  private perAddress(): RateLimit {
    return { limit: this.config.LOGIN_ATTEMPTS_PER_IP, windowSeconds: this.config.LOGIN_RATE_WINDOW_SECONDS };
  }

  private perAccount(): RateLimit {
    return { limit: this.config.LOGIN_ATTEMPTS_PER_ACCOUNT, windowSeconds: this.config.LOGIN_RATE_WINDOW_SECONDS };
  }
}
