/**
 * Fixed-window counters in Redis, shared by every API instance: how many times a key (an address, an account, …)
 * did something in the current window. The sign-in limits and the passport-change limit count here.
 */
import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { NO_FAILURES, type FailureHistory } from '@jumush/domain';
import { REDIS } from './redis.token';

export interface RateDecision {
  allowed: boolean;
  attempts: number;
  retryAfterSeconds: number;
}

/** People read minutes, not "386 s": the wait rounded up to whole minutes (Retry-After keeps the seconds for clients). */
export function retryAfterMinutes(retryAfterSeconds: number): number {
  return Math.max(1, Math.ceil(retryAfterSeconds / 60));
}

/** A named limit: at most `limit` counted events per `windowSeconds`. */
export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

function historyOf(count: string | null, last: string | null): FailureHistory {
  if (count === null || last === null) return NO_FAILURES;
  return { failures: Number(count), lastFailureAt: new Date(Number(last)) };
}

@Injectable()
export class RateCounters {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  /** Whether one more event fits, without counting it: refused once the window already holds `limit` events. */
  async peek(key: string, { limit, windowSeconds }: RateLimit): Promise<RateDecision> {
    const results = (await this.redis.multi().get(key).ttl(key).exec()) as Array<[Error | null, string | number | null]>;
    const attempts = Number(results[0][1] ?? 0);
    const ttl = Number(results[1][1]);
    return { allowed: attempts < limit, attempts, retryAfterSeconds: ttl > 0 ? ttl : windowSeconds };
  }

  /** Counts one event; allowed while the window holds at most `limit` of them, this one included. */
  async hit(key: string, { limit, windowSeconds }: RateLimit): Promise<RateDecision> {
    const results = (await this.redis.multi().incr(key).expire(key, windowSeconds, 'NX').ttl(key).exec()) as Array<[Error | null, number]>;
    const attempts = results[0][1];
    const ttl = results[2][1];
    return { allowed: attempts <= limit, attempts, retryAfterSeconds: ttl > 0 ? ttl : windowSeconds };
  }

  /** The failures recorded under `key` (see addFailure). */
  async failures(key: string): Promise<FailureHistory> {
    const [count, last] = await this.redis.hmget(key, 'failures', 'last');
    return historyOf(count, last);
  }

  /** Records one failure at `now`; the record is forgotten `forgetAfterMs` after the last one. */
  async addFailure(key: string, now: Date, forgetAfterMs: number): Promise<FailureHistory> {
    const results = (await this.redis
      .multi()
      .hincrby(key, 'failures', 1)
      .hset(key, 'last', now.getTime())
      .pexpire(key, forgetAfterMs)
      .exec()) as Array<[Error | null, number]>;
    return { failures: results[0][1], lastFailureAt: now };
  }

  async clear(...keys: string[]): Promise<void> {
    await this.redis.del(...keys);
  }
}
