import { addCalendarDays, addCalendarMonths, calendarDaysBetween, isoWeekday } from './calendar-dates';

describe('calendar dates', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-10-25', 1, '2026-10-26'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2024-01-01', 365, '2024-12-31'],
  ])('%s + %i days is %s', (date, days, expected) => {
    expect(addCalendarDays(date, days)).toBe(expected);
  });

  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-01-30', 1, '2026-02-28'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-31', -2, '2025-11-30'],
    ['2026-05-17', 0, '2026-05-17'],
    ['2026-08-31', 18, '2028-02-29'],
  ])('%s + %i months is %s', (date, months, expected) => {
    expect(addCalendarMonths(date, months)).toBe(expected);
  });

  it('does not carry a clamped day into the next step', () => {
    expect(addCalendarMonths(addCalendarMonths('2026-01-31', 1), 1)).toBe('2026-03-28');
    expect(addCalendarMonths('2026-01-31', 2)).toBe('2026-03-31');
  });

  it('counts days between dates across a leap day and a daylight-saving change', () => {
    expect(calendarDaysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(calendarDaysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(calendarDaysBetween('2026-04-01', '2026-03-01')).toBe(-31);
    expect(calendarDaysBetween('2026-05-17', '2026-05-17')).toBe(0);
  });

  it('names the day of the week, Monday first', () => {
    expect(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08'].map(isoWeekday)).toEqual([
      1, 2, 3, 4, 5, 6, 7,
    ]);
    expect(isoWeekday('2024-02-29')).toBe(4);
  });

  it('rejects what is not a calendar date, and fractional steps', () => {
    expect(() => addCalendarDays('2026-02-29', 1)).toThrow(RangeError);
    expect(() => addCalendarMonths('2026-13-01', 1)).toThrow(RangeError);
    expect(() => addCalendarDays('2026-1-1', 1)).toThrow(RangeError);
    expect(() => addCalendarDays('2026-01-01T00:00:00Z', 1)).toThrow(RangeError);
    expect(() => addCalendarDays('2026-01-01', 0.5)).toThrow(RangeError);
    expect(() => addCalendarMonths('2026-01-01', Number.NaN)).toThrow(RangeError);
    expect(() => calendarDaysBetween('2026-01-01', '')).toThrow(RangeError);
  });
});
