/**
 * Fixed-window counters in Redis, shared by every API instance: how many times a key (an address, an account, …)
 * did something in the current window. The sign-in limits and the passport-change limit count here.
 *
 * Redis must never freeze sign-in: its commands time out quickly (REDIS_COMMAND_TIMEOUT_MS on the connection), and
 * while it does not answer the counters live in this instance's memory (MemoryCounters). After a failure Redis is
 * left alone for REDIS_RETRY_AFTER_MS, so one outage costs one timeout, not one per command.
 */
import { Inject, Injectable, Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { NO_FAILURES, type FailureHistory } from '@jumush/domain';
import { MemoryCounters } from './memory-counters';
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

/** How long Redis is left alone after it failed to answer, before it is tried again. */
export const REDIS_RETRY_AFTER_MS = 5_000;

@Injectable()
export class RateCounters {
  private readonly logger = new Logger(RateCounters.name);
  private readonly memory = new MemoryCounters();
  private redisAwayUntil = 0;

  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  /** Whether one more event fits, without counting it: refused once the window already holds `limit` events. */
  peek(key: string, limit: RateLimit): Promise<RateDecision> {
    return this.either(
      async () => {
        const results = (await this.redis.multi().get(key).ttl(key).exec()) as Array<[Error | null, string | number | null]>;
        const attempts = Number(results[0][1] ?? 0);
        const ttl = Number(results[1][1]);
        return { allowed: attempts < limit.limit, attempts, retryAfterSeconds: ttl > 0 ? ttl : limit.windowSeconds };
      },
      () => this.memory.peek(key, limit),
    );
  }

  /** Counts one event; allowed while the window holds at most `limit` of them, this one included. */
  hit(key: string, limit: RateLimit): Promise<RateDecision> {
    return this.either(
      async () => {
        const results = (await this.redis.multi().incr(key).expire(key, limit.windowSeconds, 'NX').ttl(key).exec()) as Array<[Error | null, number]>;
        const attempts = results[0][1];
        const ttl = results[2][1];
        return { allowed: attempts <= limit.limit, attempts, retryAfterSeconds: ttl > 0 ? ttl : limit.windowSeconds };
      },
      () => this.memory.hit(key, limit),
    );
  }

  /** The failures recorded under `key` (see addFailure). */
  failures(key: string): Promise<FailureHistory> {
    return this.either(
      async () => {
        const [count, last] = await this.redis.hmget(key, 'failures', 'last');
        return historyOf(count, last);
      },
      () => this.memory.failures(key),
    );
  }

  /** Records one failure at `now`; the record is forgotten `forgetAfterMs` after the last one. */
  addFailure(key: string, now: Date, forgetAfterMs: number): Promise<FailureHistory> {
    return this.either(
      async () => {
        const results = (await this.redis
          .multi()
          .hincrby(key, 'failures', 1)
          .hset(key, 'last', now.getTime())
          .pexpire(key, forgetAfterMs)
          .exec()) as Array<[Error | null, number]>;
        return { failures: results[0][1], lastFailureAt: now };
      },
      () => this.memory.addFailure(key, now, forgetAfterMs),
    );
  }

  async clear(...keys: string[]): Promise<void> {
    this.memory.clear(...keys);
    await this.either(
      async () => {
        await this.redis.del(...keys);
      },
      () => undefined,
    );
  }

  /** Redis when it answers; this instance's memory while it does not (a timeout, a refused connection). */
  private async either<T>(inRedis: () => Promise<T>, inMemory: () => T): Promise<T> {
    if (Date.now() < this.redisAwayUntil) return inMemory();
    try {
      const answer = await inRedis();
      if (this.redisAwayUntil !== 0) {
        this.redisAwayUntil = 0;
        this.logger.log('Redis answers again: rate limits count in Redis');
      }
      return answer;
    } catch (error) {
      if (this.redisAwayUntil === 0) this.logger.warn(`Redis does not answer (${(error as Error).message}): rate limits count in memory for now`);
      this.redisAwayUntil = Date.now() + REDIS_RETRY_AFTER_MS;
      return inMemory();
    }
  }
}
