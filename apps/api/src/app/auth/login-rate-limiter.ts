/** Fixed-window counters in Redis, so every API instance shares the same login limits. */
import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { ApiConfig } from '@jumush/server/config';
import { REDIS } from '../redis/redis.module';

export interface RateDecision {
  allowed: boolean;
  attempts: number;
  retryAfterSeconds: number;
}

@Injectable()
export class LoginRateLimiter {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: ApiConfig,
  ) {}

  /** Counts one attempt from this address. */
  hitAddress(ip: string): Promise<RateDecision> {
    return this.hit(`login:ip:${ip}`, this.config.LOGIN_ATTEMPTS_PER_IP);
  }

  /** Counts one attempt at this login (phone or email), whether or not such an account exists. */
  hitAccount(login: string): Promise<RateDecision> {
    return this.hit(`login:account:${login.toLowerCase()}`, this.config.LOGIN_ATTEMPTS_PER_ACCOUNT);
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
    await this.redis.del(`login:account:${login.toLowerCase()}`, `login:failures:${login.toLowerCase()}`);
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
