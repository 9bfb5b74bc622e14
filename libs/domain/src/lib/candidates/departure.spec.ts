import {
  DEPARTURE_REMINDER_DAYS_BEFORE,
  departureDateProblem,
  departureReminderAt,
  departureReminderDecision,
  localDateIn,
  localHourAt,
} from './departure';

const at = (iso: string) => new Date(iso);

describe('the calendar in Bishkek (UTC+6, no daylight saving)', () => {
  it('turns the date at midnight in Bishkek, while it is still the day before in UTC', () => {
    expect(localDateIn(at('2026-03-05T17:59:59Z'))).toBe('2026-03-05');
    expect(localDateIn(at('2026-03-05T18:00:00Z'))).toBe('2026-03-06');
  });

  it('finds the instant of a local hour, in any zone', () => {
    expect(localHourAt('2026-03-10', 9).toISOString()).toBe('2026-03-10T03:00:00.000Z');
    expect(localHourAt('2026-03-10', 9, 'Europe/Moscow').toISOString()).toBe('2026-03-10T06:00:00.000Z');
    // Berlin switches to summer time on 2026-03-29: 09:00 is UTC+1 before and UTC+2 after.
    expect(localHourAt('2026-03-28', 9, 'Europe/Berlin').toISOString()).toBe('2026-03-28T08:00:00.000Z');
    expect(localHourAt('2026-03-29', 9, 'Europe/Berlin').toISOString()).toBe('2026-03-29T07:00:00.000Z');
  });
});

describe('which departure dates may be planned', () => {
  const now = at('2026-03-05T10:00:00Z'); // 16:00 on 5 March in Bishkek

  it('takes tomorrow up to a year ahead', () => {
    expect(departureDateProblem('2026-03-06', now)).toBeNull();
    expect(departureDateProblem('2027-03-05', now)).toBeNull();
  });

  it('refuses today and the past', () => {
    expect(departureDateProblem('2026-03-05', now)).toBe('departure.notInFuture');
    expect(departureDateProblem('2025-12-31', now)).toBe('departure.notInFuture');
  });

  it('refuses dates more than a year ahead', () => {
    expect(departureDateProblem('2027-03-06', now)).toBe('departure.tooFar');
  });

  it('counts days on Bishkek’s calendar: after 18:00 UTC tomorrow is already today', () => {
    expect(departureDateProblem('2026-03-06', at('2026-03-05T18:30:00Z'))).toBe('departure.notInFuture');
  });

  it('throws on a date that does not exist', () => {
    expect(() => departureDateProblem('2026-02-30', now)).toThrow(RangeError);
  });
});

describe('when the departure reminder goes out', () => {
  it('is three days before', () => {
    expect(DEPARTURE_REMINDER_DAYS_BEFORE).toBe(3);
  });

  it('is 09:00 in Bishkek three days before the departure', () => {
    expect(departureReminderAt('2026-04-21', at('2026-03-05T10:00:00Z'))?.toISOString()).toBe('2026-04-18T03:00:00.000Z');
  });

  it('crosses month and year boundaries on the calendar', () => {
    expect(departureReminderAt('2027-01-02', at('2026-12-01T00:00:00Z'))?.toISOString()).toBe('2026-12-30T03:00:00.000Z');
    expect(departureReminderAt('2028-03-01', at('2028-01-01T00:00:00Z'))?.toISOString()).toBe('2028-02-27T03:00:00.000Z');
  });

  it('is at once when fewer than three days remain but the departure is still ahead', () => {
    const now = at('2026-04-19T12:00:00Z'); // 18:00 on 19 April in Bishkek
    expect(departureReminderAt('2026-04-21', now)).toEqual(now);
    expect(departureReminderAt('2026-04-20', now)).toEqual(now);
  });

  it('is at once when it is exactly the reminder time', () => {
    const now = at('2026-04-18T03:00:00Z');
    expect(departureReminderAt('2026-04-21', now)).toEqual(now);
  });

  it('is one minute early still in three days’ morning', () => {
    expect(departureReminderAt('2026-04-21', at('2026-04-18T02:59:00Z'))?.toISOString()).toBe('2026-04-18T03:00:00.000Z');
  });

  it('is never on or after the departure day (in Bishkek)', () => {
    expect(departureReminderAt('2026-04-21', at('2026-04-20T18:00:00Z'))).toBeNull(); // 00:00 on the 21st in Bishkek
    expect(departureReminderAt('2026-04-21', at('2026-04-25T00:00:00Z'))).toBeNull();
  });

  it('does not depend on the time zone of the server', () => {
    const previous = process.env['TZ'];
    process.env['TZ'] = 'America/Los_Angeles';
    try {
      expect(departureReminderAt('2026-04-21', at('2026-03-05T10:00:00Z'))?.toISOString()).toBe('2026-04-18T03:00:00.000Z');
    } finally {
      process.env['TZ'] = previous;
    }
  });
});

describe('what a reminder does when it comes due', () => {
  const now = at('2026-04-18T03:00:00Z');

  it('sends while the date it was scheduled for is still the plan', () => {
    expect(departureReminderDecision('2026-04-21', '2026-04-21', now)).toBe('send');
  });

  it('is stale when the migrant planned another date, or none', () => {
    expect(departureReminderDecision('2026-04-21', '2026-04-28', now)).toBe('stale');
    expect(departureReminderDecision('2026-04-21', null, now)).toBe('stale');
  });

  it('still sends late on the departure day, but not after it', () => {
    expect(departureReminderDecision('2026-04-21', '2026-04-21', at('2026-04-21T10:00:00Z'))).toBe('send');
    expect(departureReminderDecision('2026-04-21', '2026-04-21', at('2026-04-21T18:00:00Z'))).toBe('passed');
  });
});
