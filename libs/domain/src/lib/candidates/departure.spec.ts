import {
  DEPARTURE_REMINDER_DAYS_BEFORE,
  departureDateProblem,
  departureReminderAt,
  departureReminderDecision,
  localDateIn,
  localHourAt,
} from './departure';
import { homeTimeZoneOf } from '../time/calendars';

const at = (iso: string) => new Date(iso);
const BISHKEK = homeTimeZoneOf('KG');
const DUSHANBE = homeTimeZoneOf('TJ');
const TASHKENT = homeTimeZoneOf('UZ');

describe('the calendar in Bishkek (UTC+6, no daylight saving)', () => {
  it('turns the date at midnight in Bishkek, while it is still the day before in UTC', () => {
    expect(localDateIn(at('2026-03-05T17:59:59Z'), BISHKEK)).toBe('2026-03-05');
    expect(localDateIn(at('2026-03-05T18:00:00Z'), BISHKEK)).toBe('2026-03-06');
  });

  it('finds the instant of a local hour, in any zone', () => {
    expect(localHourAt('2026-03-10', 9, BISHKEK).toISOString()).toBe('2026-03-10T03:00:00.000Z');
    expect(localHourAt('2026-03-10', 9, 'Europe/Moscow').toISOString()).toBe('2026-03-10T06:00:00.000Z');
    // Berlin switches to summer time on 2026-03-29: 09:00 is UTC+1 before and UTC+2 after.
    expect(localHourAt('2026-03-28', 9, 'Europe/Berlin').toISOString()).toBe('2026-03-28T08:00:00.000Z');
    expect(localHourAt('2026-03-29', 9, 'Europe/Berlin').toISOString()).toBe('2026-03-29T07:00:00.000Z');
  });
});

describe('which departure dates may be planned', () => {
  const now = at('2026-03-05T10:00:00Z'); // 16:00 on 5 March in Bishkek

  it('takes tomorrow up to a year ahead', () => {
    expect(departureDateProblem('2026-03-06', now, BISHKEK)).toBeNull();
    expect(departureDateProblem('2027-03-05', now, BISHKEK)).toBeNull();
  });

  it('refuses today and the past', () => {
    expect(departureDateProblem('2026-03-05', now, BISHKEK)).toBe('departure.notInFuture');
    expect(departureDateProblem('2025-12-31', now, BISHKEK)).toBe('departure.notInFuture');
  });

  it('refuses dates more than a year ahead', () => {
    expect(departureDateProblem('2027-03-06', now, BISHKEK)).toBe('departure.tooFar');
  });

  it('counts days on Bishkek’s calendar: after 18:00 UTC tomorrow is already today', () => {
    expect(departureDateProblem('2026-03-06', at('2026-03-05T18:30:00Z'), BISHKEK)).toBe('departure.notInFuture');
  });

  it('throws on a date that does not exist', () => {
    expect(() => departureDateProblem('2026-02-30', now, BISHKEK)).toThrow(RangeError);
  });
});

describe('when the departure reminder goes out', () => {
  it('is three days before', () => {
    expect(DEPARTURE_REMINDER_DAYS_BEFORE).toBe(3);
  });

  it('is 09:00 in Bishkek three days before the departure', () => {
    expect(departureReminderAt('2026-04-21', at('2026-03-05T10:00:00Z'), BISHKEK)?.toISOString()).toBe('2026-04-18T03:00:00.000Z');
  });

  it('crosses month and year boundaries on the calendar', () => {
    expect(departureReminderAt('2027-01-02', at('2026-12-01T00:00:00Z'), BISHKEK)?.toISOString()).toBe('2026-12-30T03:00:00.000Z');
    expect(departureReminderAt('2028-03-01', at('2028-01-01T00:00:00Z'), BISHKEK)?.toISOString()).toBe('2028-02-27T03:00:00.000Z');
  });

  it('is at once when fewer than three days remain but the departure is still ahead', () => {
    const now = at('2026-04-19T12:00:00Z'); // 18:00 on 19 April in Bishkek
    expect(departureReminderAt('2026-04-21', now, BISHKEK)).toEqual(now);
    expect(departureReminderAt('2026-04-20', now, BISHKEK)).toEqual(now);
  });

  it('is at once when it is exactly the reminder time', () => {
    const now = at('2026-04-18T03:00:00Z');
    expect(departureReminderAt('2026-04-21', now, BISHKEK)).toEqual(now);
  });

  it('is one minute early still in three days’ morning', () => {
    expect(departureReminderAt('2026-04-21', at('2026-04-18T02:59:00Z'), BISHKEK)?.toISOString()).toBe('2026-04-18T03:00:00.000Z');
  });

  it('is never on or after the departure day (in Bishkek)', () => {
    expect(departureReminderAt('2026-04-21', at('2026-04-20T18:00:00Z'), BISHKEK)).toBeNull(); // 00:00 on the 21st in Bishkek
    expect(departureReminderAt('2026-04-21', at('2026-04-25T00:00:00Z'), BISHKEK)).toBeNull();
  });

  it('does not depend on the time zone of the server', () => {
    const previous = process.env['TZ'];
    process.env['TZ'] = 'America/Los_Angeles';
    try {
      expect(departureReminderAt('2026-04-21', at('2026-03-05T10:00:00Z'), BISHKEK)?.toISOString()).toBe('2026-04-18T03:00:00.000Z');
    } finally {
      process.env['TZ'] = previous;
    }
  });
});

describe('on the calendar of the migrant’s own country', () => {
  // 18:30 UTC on 5 March: already 00:30 on 6 March in Bishkek (UTC+6), still 23:30 on 5 March in Dushanbe and Tashkent (UTC+5).
  const lateEvening = at('2026-03-05T18:30:00Z');

  it.each([DUSHANBE, TASHKENT])('lets a migrant at home in %s plan tomorrow while Bishkek has already turned the day', (zone) => {
    expect(localDateIn(lateEvening, zone)).toBe('2026-03-05');
    expect(departureDateProblem('2026-03-06', lateEvening, zone)).toBeNull();
    expect(departureDateProblem('2026-03-06', lateEvening, BISHKEK)).toBe('departure.notInFuture');
  });

  it.each([DUSHANBE, TASHKENT])('reminds at 09:00 in %s (04:00 UTC), an hour after Bishkek’s morning', (zone) => {
    expect(departureReminderAt('2026-04-21', at('2026-03-05T10:00:00Z'), zone)?.toISOString()).toBe('2026-04-18T04:00:00.000Z');
  });

  it.each([DUSHANBE, TASHKENT])('still has the departure ahead in %s at 18:30 UTC on the eve, when Bishkek is on the day itself', (zone) => {
    const eve = at('2026-04-20T18:30:00Z');
    expect(departureReminderAt('2026-04-21', eve, zone)).toEqual(eve);
    expect(departureReminderAt('2026-04-21', eve, BISHKEK)).toBeNull();
  });

  it('sends late on the departure day in Dushanbe while Bishkek has already passed it', () => {
    const lateOnTheDay = at('2026-04-21T18:30:00Z');
    expect(departureReminderDecision('2026-04-21', '2026-04-21', lateOnTheDay, DUSHANBE)).toBe('send');
    expect(departureReminderDecision('2026-04-21', '2026-04-21', lateOnTheDay, BISHKEK)).toBe('passed');
  });
});

describe('what a reminder does when it comes due', () => {
  const now = at('2026-04-18T03:00:00Z');

  it('sends while the date it was scheduled for is still the plan', () => {
    expect(departureReminderDecision('2026-04-21', '2026-04-21', now, BISHKEK)).toBe('send');
  });

  it('is stale when the migrant planned another date, or none', () => {
    expect(departureReminderDecision('2026-04-21', '2026-04-28', now, BISHKEK)).toBe('stale');
    expect(departureReminderDecision('2026-04-21', null, now, BISHKEK)).toBe('stale');
  });

  it('still sends late on the departure day, but not after it', () => {
    expect(departureReminderDecision('2026-04-21', '2026-04-21', at('2026-04-21T10:00:00Z'), BISHKEK)).toBe('send');
    expect(departureReminderDecision('2026-04-21', '2026-04-21', at('2026-04-21T18:00:00Z'), BISHKEK)).toBe('passed');
  });
});
