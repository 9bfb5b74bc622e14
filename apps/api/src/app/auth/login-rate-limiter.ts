/** Fixed-window counters of failed sign-ins in Redis, so every API instance shares the same login limits. */
import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { ApiConfig } from '@jumush/server/config';
import { REDIS } from '../redis/redis.module';

export interface RateDecision {
  allowed: boolean;
  attempts: number;
  retryAfterSeconds: number;
}

const addressKey = (ip: string) => `login:ip:${ip}`;
const accountKey = (login: string) => `login:account:${login.toLowerCase()}`;

@Injectable()
export class LoginRateLimiter {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: ApiConfig,
  ) {}

  /**
   * Whether this address may try again. Only failed sign-ins count (see `failedFromAddress`): many people
   * behind one carrier's NAT share an address, and their successful sign-ins must never lock each other out.
   */
  checkAddress(ip: string): Promise<RateDecision> {
    return this.check(addressKey(ip), this.config.LOGIN_ATTEMPTS_PER_IP);
  }

  /** Counts one failed sign-in from this address. */
  failedFromAddress(ip: string): Promise<RateDecision> {
    return this.hit(addressKey(ip), this.config.LOGIN_ATTEMPTS_PER_IP);
  }

  /** Whether this login (phone or email) may try again, whether or not such an account exists. */
  checkAccount(login: string): Promise<RateDecision> {
    return this.check(accountKey(login), this.config.LOGIN_ATTEMPTS_PER_ACCOUNT);
  }

  /** Counts one failed sign-in at this login, from any address. */
  failedAtAccount(login: string): Promise<RateDecision> {
    return this.hit(accountKey(login), this.config.LOGIN_ATTEMPTS_PER_ACCOUNT);
  }

  async failuresOf(login: string): Promise<number> {
    return Number((await this.redis.get(`login:failures:${login.toLowerCase()}`)) ?? 0);
  }

  async recordFailure(login: string, windowSeconds: number): Promise<number> {
    const key = `login:failures:${login.toLowerCase()}`;
    const [[, count]] = (await this.redis.multi().incr(key).expire(key, windowSeconds, 'NX').exec()) as [[Error | null, number]];
    return count;
  }

  async clear(login: string): Promise<void> {
    await this.redis.del(accountKey(login), `login:failures:${login.toLowerCase()}`);
  }

  private async check(key: string, limit: number): Promise<RateDecision> {
    const results = (await this.redis.multi().get(key).ttl(key).exec()) as Array<[Error | null, string | number | null]>;
    const attempts = Number(results[0][1] ?? 0);
    const ttl = Number(results[1][1]);
    return {
      // The next failure would be number attempts + 1: refused once the window already holds `limit` failures.
      allowed: attempts < limit,
      attempts,
      retryAfterSeconds: ttl > 0 ? ttl : this.config.LOGIN_RATE_WINDOW_SECONDS,
    };
  }

  private async hit(key: string, limit: number): Promise<RateDecision> {
    const window = this.config.LOGIN_RATE_WINDOW_SECONDS;
    const results = (await this.redis.multi().incr(key).expire(key, window, 'NX').ttl(key).exec()) as Array<[Error | null, number]>;
    const attempts = results[0][1];
    const ttl = results[2][1];
    return {
      allowed: attempts <= limit,
      attempts,
      retryAfterSeconds: ttl > 0 ? ttl : window,
    };
  }
}
