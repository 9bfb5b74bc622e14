/**
 * The same counters as RateCounters, in this process's memory: what the limits fall back on while Redis does not
 * answer. Per instance, so a client spread over several instances gets a few more tries until Redis is back.
 */
import { NO_FAILURES, type FailureHistory } from '@jumush/domain';
import type { RateDecision, RateLimit } from './rate-counters';

interface Entry {
  count: number;
  lastAt: number;
  expiresAt: number;
}

/** Beyond this many keys the oldest go first: an attacker cycling addresses must not fill the memory. */
const MAX_KEYS = 100_000;

export class MemoryCounters {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {}

  peek(key: string, { limit, windowSeconds }: RateLimit): RateDecision {
    const entry = this.live(key);
    const attempts = entry?.count ?? 0;
    return { allowed: attempts < limit, attempts, retryAfterSeconds: entry ? this.secondsLeft(entry) : windowSeconds };
  }

  hit(key: string, { limit, windowSeconds }: RateLimit): RateDecision {
    const entry = this.live(key) ?? this.put(key, { count: 0, lastAt: this.now(), expiresAt: this.now() + windowSeconds * 1000 });
    entry.count += 1;
    return { allowed: entry.count <= limit, attempts: entry.count, retryAfterSeconds: this.secondsLeft(entry) };
  }

  failures(key: string): FailureHistory {
    const entry = this.live(key);
    return entry ? { failures: entry.count, lastFailureAt: new Date(entry.lastAt) } : NO_FAILURES;
  }

  addFailure(key: string, now: Date, forgetAfterMs: number): FailureHistory {
    const entry = this.live(key) ?? this.put(key, { count: 0, lastAt: now.getTime(), expiresAt: 0 });
    entry.count += 1;
    entry.lastAt = now.getTime();
    entry.expiresAt = now.getTime() + forgetAfterMs;
    return { failures: entry.count, lastFailureAt: now };
  }

  clear(...keys: string[]): void {
    for (const key of keys) this.entries.delete(key);
  }

  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private put(key: string, entry: Entry): Entry {
    if (this.entries.size >= MAX_KEYS) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, entry);
    return entry;
  }

  private secondsLeft(entry: Entry): number {
    return Math.max(1, Math.ceil((entry.expiresAt - this.now()) / 1000));
  }
}
