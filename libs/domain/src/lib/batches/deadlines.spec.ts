import {
  DEADLINE_STAGES,
  DEFAULT_DEADLINE_TARGETS,
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
    expect(DEADLINE_STAGES).toEqual(['batchDecision', 'shortlisting']);
    expect(DEFAULT_DEADLINE_TARGETS).toEqual({
      batchDecision: { days: 3, count: 'workingDays' },
      shortlisting: { days: 7, count: 'calendarDays' },
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
    const targets: DeadlineTargets = { batchDecision: { days: 5, count: 'workingDays' }, shortlisting: { days: 0, count: 'calendarDays' } };
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
