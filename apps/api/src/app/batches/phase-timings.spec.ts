import { PhaseTimings } from './phase-timings';

describe('PhaseTimings', () => {
  it('records each phase in order, with its result passed through', async () => {
    const timings = new PhaseTimings();
    await expect(timings.time('lock', async () => 42)).resolves.toBe(42);
    await timings.time('moves', () => new Promise((resolve) => setTimeout(resolve, 15)));
    const [lock, moves] = timings.entries();
    expect(timings.entries().map((phase) => phase.name)).toEqual(['lock', 'moves']);
    expect(lock.milliseconds).toBeGreaterThanOrEqual(0);
    expect(moves.milliseconds).toBeGreaterThanOrEqual(10);
    expect(timings.serverTiming()).toMatch(/^lock;dur=\d+\.\d, moves;dur=\d+\.\d$/);
  });

  it('records a phase that fails, and lets the failure through', async () => {
    const timings = new PhaseTimings();
    await expect(timings.time('plan', () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(timings.entries().map((phase) => phase.name)).toEqual(['plan']);
  });

  it('takes a phase timed by the caller, in the order it is added', async () => {
    const timings = new PhaseTimings();
    await timings.time('lock', async () => undefined);
    timings.add('commit', 1.26);
    expect(timings.entries().map((phase) => phase.name)).toEqual(['lock', 'commit']);
    expect(timings.serverTiming()).toMatch(/^lock;dur=\d+\.\d, commit;dur=1\.3$/);
  });
});
