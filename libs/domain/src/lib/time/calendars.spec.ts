import { MOSCOW_TIME_ZONE, calendarToday, homeTimeZoneOf } from './calendars';

const at = (iso: string) => new Date(iso);

describe('calendarToday', () => {
  it.each([
    ['2026-03-05T17:59:59Z', 'Asia/Bishkek', '2026-03-05'],
    ['2026-03-05T18:00:00Z', 'Asia/Bishkek', '2026-03-06'],
    ['2026-03-05T20:59:59Z', MOSCOW_TIME_ZONE, '2026-03-05'],
    ['2026-03-05T21:00:00Z', MOSCOW_TIME_ZONE, '2026-03-06'],
    ['2026-12-31T19:00:00Z', 'Asia/Tashkent', '2027-01-01'],
    ['2026-12-31T18:59:59Z', 'Asia/Dushanbe', '2026-12-31'],
  ])('%s is %s on the calendar of %s', (instant, zone, expected) => {
    expect(calendarToday(zone, at(instant))).toBe(expected);
  });
});

describe('homeTimeZoneOf', () => {
  it.each([
    ['KG', 'Asia/Bishkek'],
    ['kg', 'Asia/Bishkek'],
    ['UZ', 'Asia/Tashkent'],
    ['TJ', 'Asia/Dushanbe'],
    ['AM', MOSCOW_TIME_ZONE],
    [null, MOSCOW_TIME_ZONE],
    [undefined, MOSCOW_TIME_ZONE],
  ])('%s lives by %s', (country, zone) => {
    expect(homeTimeZoneOf(country)).toBe(zone);
  });
});
