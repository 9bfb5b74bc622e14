import { MOSCOW_TIME_ZONE } from '@jumush/domain';
import { Clock, FixedClock } from './clock';

describe('Clock', () => {
  it('tells the time of the machine', () => {
    const before = Date.now();
    const now = new Clock().now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('gives today on the calendar it is asked for', () => {
    const clock = new FixedClock(new Date('2026-03-05T19:00:00Z'));
    expect(clock.today('Asia/Bishkek')).toBe('2026-03-06');
    expect(clock.today(MOSCOW_TIME_ZONE)).toBe('2026-03-05');
  });

  it('stands still until moved, and hands out copies', () => {
    const clock = new FixedClock(new Date('2026-03-05T00:00:00Z'));
    clock.now().setFullYear(2000);
    expect(clock.now().toISOString()).toBe('2026-03-05T00:00:00.000Z');
    clock.advance(86_400_000);
    expect(clock.now().toISOString()).toBe('2026-03-06T00:00:00.000Z');
    clock.set(new Date('2027-01-01T00:00:00Z'));
    expect(clock.now().toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });
});
