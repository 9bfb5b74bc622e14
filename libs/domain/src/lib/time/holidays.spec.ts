import { HOLIDAY_CALENDARS, addWorkingDaysIn, isPublicHoliday, isWorkingDay, workingDaysBetween } from './holidays';

describe('public holidays', () => {
  it.each([
    ['2026-01-05', 'RU', true],
    ['2026-01-09', 'RU', false],
    ['2026-06-12', 'RU', true],
    ['2026-11-04', 'RU', true],
    ['2026-03-21', 'KG', true],
    ['2026-04-07', 'KG', true],
    ['2026-08-31', 'KG', true],
    ['2026-06-12', 'KG', false],
    ['2026-03-20', 'KG', true],
    ['2026-05-27', 'UZ', true],
    ['2026-10-01', 'UZ', true],
    ['2026-09-09', 'TJ', true],
    ['2026-03-24', 'TJ', true],
    ['2026-09-09', 'UZ', false],
    ['2026-01-01', 'kg', true],
    ['2026-01-01', 'KZ', false],
  ])('%s in %s: %s', (date, country, expected) => {
    expect(isPublicHoliday(date, country)).toBe(expected);
  });

  it('names the law of every calendar', () => {
    for (const calendar of Object.values(HOLIDAY_CALENDARS)) expect(calendar.source).toMatch(/кодекс/);
  });

  it('refuses a date that does not exist', () => {
    expect(() => isPublicHoliday('2026-02-30', 'RU')).toThrow(RangeError);
  });
});

describe('working days', () => {
  it.each([
    ['2026-03-02', [], true, 'a Monday'],
    ['2026-03-07', [], false, 'a Saturday'],
    ['2026-03-20', [], true, 'Orozo Ait, counting no country'],
    ['2026-03-20', ['RU'], true, 'Orozo Ait in Russia'],
    ['2026-03-20', ['RU', 'KG'], false, 'Orozo Ait for a Kyrgyz attaché'],
    ['2026-06-12', ['RU', 'KG'], false, 'Russia Day for a Kyrgyz attaché in Moscow'],
  ] as const)('%s with %j: %s (%s)', (date, countries, expected, _what) => {
    expect(isWorkingDay(date, countries)).toBe(expected);
  });

  it.each([
    // Thursday 19 March 2026 + 1: Friday 20 is Orozo Ait in Kyrgyzstan, so Monday 23 (21 March, Nooruz, is a Saturday).
    ['2026-03-19', 1, ['RU', 'KG'], '2026-03-23'],
    ['2026-03-19', 1, ['RU'], '2026-03-20'],
    // Wednesday 10 June + 2: Thursday 11, then Friday 12 is Russia Day and the weekend: Monday 15.
    ['2026-06-10', 2, ['RU'], '2026-06-15'],
    // The New Year holidays: Wednesday 31 December 2025 + 1 is Friday 9 January 2026.
    ['2025-12-31', 1, ['RU'], '2026-01-09'],
    // Tajikistan's four days of Navruz (Saturday 21 to Tuesday 24 March 2026) after Friday 20 (Ramazon): Wednesday 25.
    ['2026-03-19', 1, ['TJ'], '2026-03-25'],
    ['2026-03-20', 0, ['KG'], '2026-03-20'],
    ['2026-03-23', -1, ['RU', 'KG'], '2026-03-19'],
  ] as const)('%s + %i working days in %j is %s', (date, n, countries, expected) => {
    expect(addWorkingDaysIn(date, n, countries)).toBe(expected);
  });

  it('refuses a fraction of a day', () => {
    expect(() => addWorkingDaysIn('2026-03-02', 1.5, ['RU'])).toThrow(RangeError);
  });

  it.each([
    ['2026-03-19', '2026-03-23', ['RU', 'KG'], 1],
    ['2026-03-19', '2026-03-23', ['RU'], 2],
    ['2026-03-23', '2026-03-19', ['RU'], -2],
    ['2026-03-19', '2026-03-19', ['RU'], 0],
  ] as const)('from %s to %s in %j: %i working days', (from, to, countries, expected) => {
    expect(workingDaysBetween(from, to, countries)).toBe(expected);
  });

  it('counts back what it added', () => {
    for (const n of [0, 1, 2, 3, 5, 10, 20])
      expect(workingDaysBetween('2026-03-02', addWorkingDaysIn('2026-03-02', n, ['RU', 'KG']), ['RU', 'KG'])).toBe(n);
  });
});
