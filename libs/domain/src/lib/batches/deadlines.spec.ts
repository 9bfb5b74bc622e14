import {
  DEADLINE_OWNERS,
  DEADLINE_STAGES,
  DEFAULT_DEADLINE_TARGETS,
  deadlineCountries,
  deadlineState,
  overdueIfStartedBefore,
  DEFAULT_REMINDER_LEAD_HOURS,
  MOSCOW_UTC_OFFSET_MINUTES,
  deadlineFor,
  isOverdue,
  reminderTimeFor,
  type DeadlineTargets,
} from './deadlines';
import { DEFAULT_STAGE_DURATION_DAYS } from '../applications/expected-duration';
import { ApplicationStatus } from '../applications/application-lifecycle';
import { calendarDaysBetween } from '../candidates/calendar-dates';

/** The end of a day in Moscow, in UTC. */
const endOfMoscowDay = (date: string) => `${date}T20:59:59.999Z`;

describe('deadline targets', () => {
  it('give the attaché 3 working days and the employer 7 calendar days', () => {
    expect(DEADLINE_STAGES).toEqual([
      'batchDecision',
      'shortlisting',
      'companyVerification',
      'vacancyReview',
      'grievanceTakeUp',
      'grievanceResolution',
    ]);
    expect(DEFAULT_DEADLINE_TARGETS).toEqual({
      batchDecision: { days: 3, count: 'workingDays' },
      shortlisting: { days: 7, count: 'calendarDays' },
      companyVerification: { days: 5, count: 'workingDays' },
      vacancyReview: { days: 3, count: 'workingDays' },
      grievanceTakeUp: { days: 2, count: 'workingDays' },
      grievanceResolution: { days: 10, count: 'workingDays' },
    });
    expect(DEADLINE_OWNERS).toEqual({
      batchDecision: 'attache',
      shortlisting: 'employer',
      companyVerification: 'attache',
      vacancyReview: 'attache',
      grievanceTakeUp: 'attache',
      grievanceResolution: 'attache',
    });
    expect(MOSCOW_UTC_OFFSET_MINUTES).toBe(180);
  });
});

describe('the attaché’s deadline for a batch', () => {
  // 2026-03-02 is a Monday.
  it.each([
    ['2026-03-02T09:00:00+03:00', 'Monday', '2026-03-05'],
    ['2026-03-03T12:00:00+03:00', 'Tuesday', '2026-03-06'],
    ['2026-03-04T12:00:00+03:00', 'Wednesday', '2026-03-09'],
    ['2026-03-05T12:00:00+03:00', 'Thursday', '2026-03-10'],
    ['2026-03-06T17:00:00+03:00', 'Friday', '2026-03-11'],
    ['2026-03-07T11:00:00+03:00', 'Saturday', '2026-03-11'],
    ['2026-03-08T23:59:59+03:00', 'Sunday night', '2026-03-11'],
    ['2026-03-08T21:00:00Z', 'Monday midnight in Moscow, Sunday in UTC', '2026-03-12'],
    ['2026-03-05T22:30:00Z', 'Friday 01:30 in Moscow, Thursday in UTC', '2026-03-11'],
    ['2026-03-06T00:00:00+03:00', 'Friday at midnight', '2026-03-11'],
    ['2025-12-31T15:00:00+03:00', 'New Year’s Eve (holidays are not counted out)', '2026-01-05'],
    ['2024-02-26T10:00:00+03:00', 'a Monday before a leap day', '2024-02-29'],
  ])('submitted %s (%s) is due by the end of %s', (submittedAt, _, due) => {
    expect(deadlineFor('batchDecision', submittedAt)).toBe(endOfMoscowDay(due));
  });

  it('is the same whatever the time of day of the submission', () => {
    const times = ['00:00:00', '08:59:59.5', '17:00', '23:59:59.999'].map((t) => deadlineFor('batchDecision', `2026-03-06T${t}+03:00`));
    expect(new Set(times)).toEqual(new Set([endOfMoscowDay('2026-03-11')]));
  });

  it('takes a Date as well as a string', () => {
    expect(deadlineFor('batchDecision', new Date('2026-03-06T14:00:00Z'))).toBe(endOfMoscowDay('2026-03-11'));
  });

  it('never gives the attaché more calendar days than the timeline promises the migrant', () => {
    const week = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08'];
    const calendarDays = week.map((day) => calendarDaysBetween(day, deadlineFor('batchDecision', `${day}T12:00:00+03:00`).slice(0, 10)));
    expect(calendarDays).toEqual([3, 3, 5, 5, 5, 4, 3]);
    expect(Math.max(...calendarDays)).toBeLessThanOrEqual(DEFAULT_STAGE_DURATION_DAYS[ApplicationStatus.InBatch]);
  });
});

describe('the employer’s deadline for a new application', () => {
  it.each([
    ['2026-03-02T10:00:00+03:00', '2026-03-09'],
    ['2026-03-07T10:00:00+03:00', '2026-03-14'],
    ['2026-02-26T10:00:00+03:00', '2026-03-05'],
    ['2024-02-26T10:00:00+03:00', '2024-03-04'],
    ['2025-12-28T23:30:00+03:00', '2026-01-04'],
  ])('applied %s: due by the end of %s, weekends included', (appliedAt, due) => {
    expect(deadlineFor('shortlisting', appliedAt)).toBe(endOfMoscowDay(due));
  });

  it('never gives the employer more days than the timeline promises the migrant', () => {
    expect(DEFAULT_DEADLINE_TARGETS.shortlisting.days).toBeLessThanOrEqual(DEFAULT_STAGE_DURATION_DAYS[ApplicationStatus.Submitted]);
  });
});

describe('deadlines in other settings', () => {
  it('counts days on the calendar of another offset', () => {
    // Friday 01:00 in Bishkek, still Thursday in Moscow and in UTC.
    const submittedAt = '2026-03-05T19:00:00Z';
    expect(deadlineFor('batchDecision', submittedAt, DEFAULT_DEADLINE_TARGETS, 360)).toBe('2026-03-11T17:59:59.999Z');
    expect(deadlineFor('batchDecision', submittedAt)).toBe(endOfMoscowDay('2026-03-10'));
    expect(deadlineFor('batchDecision', submittedAt, DEFAULT_DEADLINE_TARGETS, 0)).toBe('2026-03-10T23:59:59.999Z');
  });

  it('takes other targets, zero days meaning the end of the same day, even a Saturday', () => {
    const targets: DeadlineTargets = {
      ...DEFAULT_DEADLINE_TARGETS,
      batchDecision: { days: 5, count: 'workingDays' },
      shortlisting: { days: 0, count: 'calendarDays' },
    };
    expect(deadlineFor('batchDecision', '2026-03-06T10:00:00+03:00', targets)).toBe(endOfMoscowDay('2026-03-13'));
    expect(deadlineFor('shortlisting', '2026-03-07T10:00:00+03:00', targets)).toBe(endOfMoscowDay('2026-03-07'));
    const zeroWorking: DeadlineTargets = { ...targets, batchDecision: { days: 0, count: 'workingDays' } };
    expect(deadlineFor('batchDecision', '2026-03-07T10:00:00+03:00', zeroWorking)).toBe(endOfMoscowDay('2026-03-07'));
  });

  it.each([
    ['2026-03-06', 'a date without a time'],
    ['2026-03-06T10:00:00', 'no offset'],
    ['2026-03-06 10:00:00Z', 'a space for the T'],
    ['2026-02-30T10:00:00Z', '30 February'],
    ['2026-03-06T24:00:00Z', 'hour 24'],
    ['2026-03-06T10:60:00Z', 'minute 60'],
    ['2026-03-06T10:00:00+0300', 'an offset without a colon'],
    ['', 'nothing'],
  ])('rejects %p (%s)', (startedOn) => {
    expect(() => deadlineFor('batchDecision', startedOn)).toThrow(RangeError);
  });

  it('rejects an invalid Date, a fractional or impossible offset and an impossible target', () => {
    expect(() => deadlineFor('batchDecision', new Date('soon'))).toThrow(RangeError);
    expect(() => deadlineFor('batchDecision', '2026-03-06T10:00:00Z', DEFAULT_DEADLINE_TARGETS, 90.5)).toThrow(RangeError);
    expect(() => deadlineFor('batchDecision', '2026-03-06T10:00:00Z', DEFAULT_DEADLINE_TARGETS, 15 * 60)).toThrow(RangeError);
    for (const days of [-1, 1.5, Number.NaN]) {
      const targets: DeadlineTargets = { ...DEFAULT_DEADLINE_TARGETS, batchDecision: { days, count: 'workingDays' } };
      expect(() => deadlineFor('batchDecision', '2026-03-06T10:00:00Z', targets)).toThrow(RangeError);
    }
  });
});

describe('reminders', () => {
  const deadline = endOfMoscowDay('2026-03-11');

  it('come a day before the deadline by default', () => {
    expect(DEFAULT_REMINDER_LEAD_HOURS).toBe(24);
    expect(reminderTimeFor(deadline)).toBe(endOfMoscowDay('2026-03-10'));
  });

  it.each([
    [0, '2026-03-11T20:59:59.999Z'],
    [2, '2026-03-11T18:59:59.999Z'],
    [1.5, '2026-03-11T19:29:59.999Z'],
    [72, '2026-03-08T20:59:59.999Z'],
  ])('come %p hours before when asked', (leadHours, expected) => {
    expect(reminderTimeFor(deadline, leadHours)).toBe(expected);
  });

  it('read a deadline written with an offset, and a Date', () => {
    expect(reminderTimeFor('2026-03-11T23:59:59.999+03:00')).toBe(endOfMoscowDay('2026-03-10'));
    expect(reminderTimeFor(new Date(deadline))).toBe(endOfMoscowDay('2026-03-10'));
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('reject a lead of %p hours', (leadHours) => {
    expect(() => reminderTimeFor(deadline, leadHours)).toThrow(RangeError);
  });
});

describe('overdue', () => {
  const deadline = deadlineFor('batchDecision', '2026-03-06T17:00:00+03:00');

  it.each([
    ['2026-03-11T20:59:59.998Z', false],
    ['2026-03-11T20:59:59.999Z', false],
    ['2026-03-11T21:00:00.000Z', true],
    ['2026-03-11T23:59:59.999+03:00', false],
    ['2026-03-12T00:00:00+03:00', true],
    ['2026-03-06T17:00:00+03:00', false],
    ['2026-04-01T00:00:00Z', true],
  ])('at %s: %p', (now, overdue) => {
    expect(isOverdue(deadline, now)).toBe(overdue);
  });

  it('takes Dates', () => {
    expect(isOverdue(new Date(deadline), new Date('2026-03-12T09:00:00+03:00'))).toBe(true);
  });

  it('rejects what is not an instant', () => {
    expect(() => isOverdue(deadline, '2026-03-12')).toThrow(RangeError);
    expect(() => isOverdue('tomorrow', '2026-03-12T00:00:00Z')).toThrow(RangeError);
  });
});

describe('deadlines on the holiday calendars of the countries involved', () => {
  // Thursday 19 March 2026; Friday 20 is Orozo Ait in Kyrgyzstan (not in Russia), Saturday 21 is Nooruz.
  it.each([
    ['batchDecision', ['RU', 'KG'], '2026-03-25'],
    ['batchDecision', ['RU'], '2026-03-24'],
    ['batchDecision', [], '2026-03-24'],
    ['companyVerification', ['RU', 'KG'], '2026-03-27'],
    ['vacancyReview', ['RU', 'UZ'], '2026-03-25'],
    ['grievanceTakeUp', ['RU', 'KG'], '2026-03-24'],
    ['grievanceResolution', ['RU', 'KG'], '2026-04-03'],
    ['grievanceResolution', ['RU', 'TJ'], '2026-04-07'],
    ['shortlisting', ['RU', 'KG'], '2026-03-26'],
  ] as const)('%s started on Thursday 19 March with %j is due at the end of %s', (stage, countries, due) => {
    expect(deadlineFor(stage, '2026-03-19T10:00:00+03:00', DEFAULT_DEADLINE_TARGETS, MOSCOW_UTC_OFFSET_MINUTES, countries)).toBe(endOfMoscowDay(due));
  });

  it('counts Russia Day out of a batch decision', () => {
    // Wednesday 10 June 2026 + 3: Thursday 11, Monday 15, Tuesday 16 (Friday 12 is Russia Day).
    expect(deadlineFor('batchDecision', '2026-06-10T10:00:00+03:00', DEFAULT_DEADLINE_TARGETS, MOSCOW_UTC_OFFSET_MINUTES, ['RU'])).toBe(
      endOfMoscowDay('2026-06-16'),
    );
  });

  it.each([
    ['KG', ['RU', 'KG']],
    ['kg', ['RU', 'KG']],
    ['RU', ['RU']],
    [null, ['RU']],
    [undefined, ['RU']],
  ] as const)('the countries of a stage from %s are %j', (origin, expected) => {
    expect(deadlineCountries(origin)).toEqual(expected);
  });
});

describe('where an item stands against its deadline', () => {
  const deadline = endOfMoscowDay('2026-03-05');
  it.each([
    ['2026-03-03T12:00:00Z', 'onTime'],
    ['2026-03-04T20:59:59.998Z', 'onTime'],
    ['2026-03-04T20:59:59.999Z', 'dueSoon'],
    ['2026-03-05T12:00:00Z', 'dueSoon'],
    [deadline, 'dueSoon'],
    ['2026-03-05T21:00:00Z', 'overdue'],
    ['2026-04-01T00:00:00Z', 'overdue'],
  ] as const)('at %s: %s', (now, expected) => {
    expect(deadlineState(deadline, now)).toBe(expected);
  });

  it('takes the reminder lead', () => {
    expect(deadlineState(deadline, '2026-03-03T21:00:00Z', 48)).toBe('dueSoon');
    expect(deadlineState(deadline, '2026-03-03T21:00:00Z', 0)).toBe('onTime');
    expect(deadlineState(deadline, deadline, 0)).toBe('dueSoon');
  });

  it('refuses a time without an offset', () => {
    expect(() => deadlineState('2026-03-05T20:59:59', '2026-03-05T12:00:00Z')).toThrow(RangeError);
  });
});

describe('the start before which an item is overdue', () => {
  it.each([
    // Shortlisting, 7 calendar days: on Thursday 12 March (Moscow), applications of 4 March or earlier are overdue.
    ['shortlisting', '2026-03-12T09:00:00Z', [], '2026-03-04T21:00:00.000Z'],
    ['shortlisting', '2026-03-12T20:59:59Z', [], '2026-03-04T21:00:00.000Z'],
    ['shortlisting', '2026-03-12T21:00:00Z', [], '2026-03-05T21:00:00.000Z'],
    // Batch decision, 3 working days: on Monday 16 March, batches submitted before Wednesday 11 March are overdue.
    ['batchDecision', '2026-03-16T09:00:00Z', [], '2026-03-10T21:00:00.000Z'],
    // On Monday 23 March with Kyrgyz holidays (Friday 20): Thursday 19 + 3 = Wednesday 25, so only before Tuesday 17.
    ['batchDecision', '2026-03-23T09:00:00Z', ['RU', 'KG'], '2026-03-16T21:00:00.000Z'],
    ['batchDecision', '2026-03-23T09:00:00Z', ['RU'], '2026-03-17T21:00:00.000Z'],
  ] as const)('%s at %s with %j: started before %s', (stage, now, countries, expected) => {
    expect(overdueIfStartedBefore(stage, now, DEFAULT_DEADLINE_TARGETS, MOSCOW_UTC_OFFSET_MINUTES, countries)).toBe(expected);
  });

  it('agrees with the deadline of every start in a month, for every stage', () => {
    const now = '2026-03-25T10:00:00Z';
    for (const stage of DEADLINE_STAGES) {
      const cutoff = Date.parse(overdueIfStartedBefore(stage, now, DEFAULT_DEADLINE_TARGETS, MOSCOW_UTC_OFFSET_MINUTES, ['RU', 'KG']));
      for (let hour = 0; hour < 40 * 24; hour += 5) {
        const start = new Date(Date.parse('2026-02-20T00:00:00Z') + hour * 3_600_000);
        const overdue = isOverdue(deadlineFor(stage, start, DEFAULT_DEADLINE_TARGETS, MOSCOW_UTC_OFFSET_MINUTES, ['RU', 'KG']), now);
        expect([stage, start.toISOString(), overdue]).toEqual([stage, start.toISOString(), start.getTime() < cutoff]);
      }
    }
  });
});
