import { MemoryCounters } from './memory-counters';

describe('in-memory rate counters (the fallback while Redis does not answer)', () => {
  let now = 0;
  const counters = () => new MemoryCounters(() => now);
  const limit = { limit: 2, windowSeconds: 60 };

  beforeEach(() => {
    now = 1_000_000;
  });

  it('counts events in a fixed window, and forgets them when it ends', () => {
    const memory = counters();
    expect(memory.peek('k', limit)).toEqual({ allowed: true, attempts: 0, retryAfterSeconds: 60 });
    expect(memory.hit('k', limit).allowed).toBe(true);
    expect(memory.hit('k', limit).allowed).toBe(true);
    expect(memory.hit('k', limit)).toEqual({ allowed: false, attempts: 3, retryAfterSeconds: 60 });
    now += 30_000;
    expect(memory.peek('k', limit)).toEqual({ allowed: false, attempts: 3, retryAfterSeconds: 30 });
    now += 30_000;
    expect(memory.peek('k', limit).attempts).toBe(0);
  });

  it('keeps failures with the time of the last one until they are forgotten, and clears them', () => {
    const memory = counters();
    memory.addFailure('f', new Date(now), 10_000);
    expect(memory.addFailure('f', new Date(now + 1_000), 10_000)).toEqual({ failures: 2, lastFailureAt: new Date(now + 1_000) });
    now += 10_999;
    expect(memory.failures('f').failures).toBe(2);
    now += 1;
    expect(memory.failures('f')).toEqual({ failures: 0, lastFailureAt: null });
    memory.addFailure('g', new Date(now), 10_000);
    memory.clear('g');
    expect(memory.failures('g').failures).toBe(0);
  });
});
