import {
  DEFAULT_STAGE_DURATION_DAYS,
  STAGE_OBSERVATION_WINDOW_DAYS,
  TIMED_STAGES,
  addWorkingDays,
  expectedStageDuration,
  medianDurationDays,
  observationWindowStart,
} from './expected-duration';
import { ApplicationStatus } from './application-lifecycle';

const { Submitted, Shortlisted, InBatch, Approved } = ApplicationStatus;

describe('median duration', () => {
  it('is the middle sample of an odd count, whatever the order', () => {
    expect(medianDurationDays([9, 1, 4])).toBe(4);
    expect(medianDurationDays([3])).toBe(3);
    expect(medianDurationDays([5, 5, 1, 100, 2])).toBe(5);
  });

  it('is the mean of the two middle samples of an even count', () => {
    expect(medianDurationDays([1, 4])).toBe(2.5);
    expect(medianDurationDays([10, 2, 6, 4])).toBe(5);
    expect(medianDurationDays([0.5, 1.5])).toBe(1);
  });

  it('sorts numerically, not as text', () => {
    expect(medianDurationDays([10, 9, 100])).toBe(10);
  });

  it('is unknown without samples', () => {
    expect(medianDurationDays([])).toBeNull();
  });

  it('does not reorder the caller’s samples', () => {
    const samples = [3, 1, 2];
    medianDurationDays(samples);
    expect(samples).toEqual([3, 1, 2]);
  });

  it('accepts zero days and rejects durations no stage can have', () => {
    expect(medianDurationDays([0, 0, 0])).toBe(0);
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => medianDurationDays([1, bad])).toThrow(RangeError);
    }
  });
});

describe('expected stage duration', () => {
  it('has a default for every timed stage', () => {
    expect(TIMED_STAGES).toEqual(['SUBMITTED', 'SHORTLISTED', 'IN_BATCH', 'APPROVED']);
    expect(DEFAULT_STAGE_DURATION_DAYS).toEqual({ SUBMITTED: 7, SHORTLISTED: 7, IN_BATCH: 5, APPROVED: 21 });
  });

  it.each(TIMED_STAGES)('falls back to the default of %s without samples', (stage) => {
    expect(expectedStageDuration(stage, [])).toEqual({ days: DEFAULT_STAGE_DURATION_DAYS[stage], basis: 'default', sampleSize: 0 });
  });

  it('uses the default below five samples and the median from five on', () => {
    expect(expectedStageDuration(Submitted, [1, 1, 1, 1])).toEqual({ days: 7, basis: 'default', sampleSize: 4 });
    expect(expectedStageDuration(Submitted, [1, 1, 1, 1, 1])).toEqual({ days: 1, basis: 'observed', sampleSize: 5 });
  });

  it('takes another minimum, at its boundary', () => {
    expect(expectedStageDuration(InBatch, [2, 3], { minSamples: 3 })).toEqual({ days: 5, basis: 'default', sampleSize: 2 });
    expect(expectedStageDuration(InBatch, [2, 3, 4], { minSamples: 3 })).toEqual({ days: 3, basis: 'observed', sampleSize: 3 });
    expect(expectedStageDuration(InBatch, [2], { minSamples: 1 })).toEqual({ days: 2, basis: 'observed', sampleSize: 1 });
  });

  it('rounds a fractional median up to whole days', () => {
    expect(expectedStageDuration(Shortlisted, [1, 2, 3, 4, 5, 6])).toEqual({ days: 4, basis: 'observed', sampleSize: 6 });
    expect(expectedStageDuration(Shortlisted, [2.1, 2.1, 2.1, 2.1, 2.1])).toEqual({ days: 3, basis: 'observed', sampleSize: 5 });
    expect(expectedStageDuration(Shortlisted, [0, 0, 0, 0, 0])).toEqual({ days: 0, basis: 'observed', sampleSize: 5 });
  });

  it('trusts the median over the default, even when it is longer', () => {
    expect(expectedStageDuration(Approved, [30, 40, 35, 28, 60])).toEqual({ days: 35, basis: 'observed', sampleSize: 5 });
  });

  it('takes overridden defaults for some stages and keeps the others', () => {
    const defaults = { [InBatch]: 3 };
    expect(expectedStageDuration(InBatch, [], { defaults })).toEqual({ days: 3, basis: 'default', sampleSize: 0 });
    expect(expectedStageDuration(Approved, [], { defaults })).toEqual({ days: 21, basis: 'default', sampleSize: 0 });
  });

  it('rejects a minimum that is not a whole number of at least one, and an impossible default', () => {
    for (const minSamples of [0, -1, 2.5, Number.NaN]) {
      expect(() => expectedStageDuration(Submitted, [1], { minSamples })).toThrow(RangeError);
    }
    expect(() => expectedStageDuration(Submitted, [], { defaults: { [Submitted]: -2 } })).toThrow(RangeError);
  });

  it('rejects impossible samples even when there are too few to use', () => {
    expect(() => expectedStageDuration(Submitted, [-1])).toThrow(RangeError);
  });

  it('counts stages that ended in the last 90 days', () => {
    expect(STAGE_OBSERVATION_WINDOW_DAYS).toBe(90);
    expect(observationWindowStart('2026-03-31')).toBe('2025-12-31');
    expect(observationWindowStart('2024-05-30')).toBe('2024-03-01');
  });
});

describe('working days', () => {
  // 2026-03-02 is a Monday.
  it.each([
    ['2026-03-02', 1, '2026-03-03'],
    ['2026-03-02', 4, '2026-03-06'],
    ['2026-03-02', 5, '2026-03-09'],
    ['2026-03-05', 3, '2026-03-10'],
    ['2026-03-06', 1, '2026-03-09'],
    ['2026-03-06', 3, '2026-03-11'],
    ['2026-03-07', 1, '2026-03-09'],
    ['2026-03-08', 1, '2026-03-09'],
    ['2026-03-02', 10, '2026-03-16'],
    ['2026-02-27', 1, '2026-03-02'],
    ['2025-12-31', 3, '2026-01-05'],
    ['2024-02-28', 1, '2024-02-29'],
  ])('%s + %i working days is %s', (date, n, expected) => {
    expect(addWorkingDays(date, n)).toBe(expected);
  });

  it.each([
    ['2026-03-09', -1, '2026-03-06'],
    ['2026-03-08', -1, '2026-03-06'],
    ['2026-03-11', -3, '2026-03-06'],
  ])('%s %i working days is %s', (date, n, expected) => {
    expect(addWorkingDays(date, n)).toBe(expected);
  });

  it('leaves the date as it is for zero days, even on a weekend', () => {
    expect(addWorkingDays('2026-03-07', 0)).toBe('2026-03-07');
  });

  it('gives the attaché up to 5 calendar days for 3 working days', () => {
    const weekStartingMonday = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08'];
    const calendarDays = weekStartingMonday.map((d) => (Date.parse(addWorkingDays(d, 3)) - Date.parse(d)) / 86_400_000);
    expect(calendarDays).toEqual([3, 3, 5, 5, 5, 4, 3]);
    expect(Math.max(...calendarDays)).toBe(DEFAULT_STAGE_DURATION_DAYS[InBatch]);
  });

  it('rejects a fractional count and a date that is not a calendar date', () => {
    expect(() => addWorkingDays('2026-03-02', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-02-30', 0)).toThrow(RangeError);
    expect(() => addWorkingDays('02.03.2026', 1)).toThrow(RangeError);
  });
});
