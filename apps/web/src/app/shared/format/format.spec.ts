import { formatDate, formatDateTime, formatFileSize, formatMonth, formatRoubles, formatRoublesAndKopecks, pluralForm, todayIso } from './format';
import { parseWholeNumber } from './numbers';

const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting in the interface language', () => {
  it('writes roubles with the sign after the number and the language grouping', () => {
    expect(spaces(formatRoubles(75000, 'ru'))).toBe('75 000 ₽');
    expect(spaces(formatRoubles(75000, 'en'))).toBe('75,000 ₽');
    expect(formatRoubles(null, 'ru')).toBe('');
  });

  it.each([
    ['ru', 96.15, '96,15 ₽'],
    ['ru', 96.2, '96,20 ₽'],
    ['ru', 156, '156 ₽'],
    ['ru', -5000, '-5 000 ₽'],
    ['en', 1234.5, '1,234.50 ₽'],
    ['ky', 96.15, '96,15 ₽'],
    ['uz', 96.15, '96,15 ₽'],
    ['tg', 96.15, '96,15 ₽'],
    ['en', Number.NaN, ''],
  ])('writes kopecks only where there are any (%s, %p)', (lang, value, text) => {
    expect(spaces(formatRoublesAndKopecks(value, lang)).replace('−', '-')).toBe(text);
  });

  it('formats calendar dates without a time zone shift', () => {
    expect(formatDate('2026-03-01', 'ru')).toMatch(/^1 марта 2026/);
    expect(formatDate('2026-03-01', 'en')).toBe('March 1, 2026');
    expect(formatDate('', 'ru')).toBe('');
    expect(formatDate('not a date', 'ru')).toBe('not a date');
  });

  it('names a month', () => {
    expect(formatMonth('2026-05', 'en')).toBe('May 2026');
    expect(formatMonth('2026-05', 'ru').toLowerCase()).toContain('2026');
  });

  it('picks the plural form of the language', () => {
    expect([1, 2, 5, 21, 22, 25].map((n) => pluralForm(n, 'ru'))).toEqual(['one', 'few', 'many', 'one', 'few', 'many']);
    expect([1, 2, 5].map((n) => pluralForm(n, 'en'))).toEqual(['one', 'other', 'other']);
    // Uzbek and Tajik nouns do not change after a number: their files give every form the same text.
    for (const lang of ['uz', 'tg']) expect([1, 2, 5].map((n) => pluralForm(n, lang)).every((form) => form === 'one' || form === 'other')).toBe(true);
  });

  it('formats Uzbek and Tajik from locale data, whatever the browser knows', () => {
    expect(spaces(formatRoubles(75000, 'uz'))).toBe('75 000 ₽');
    expect(spaces(formatRoubles(1250000, 'tg'))).toBe('1 250 000 ₽');
    expect(formatDate('2026-03-01', 'uz')).toBe('1-mart, 2026');
    expect(formatDate('2026-03-01', 'tg')).toBe('01 Март 2026');
    expect(formatMonth('2026-05', 'uz')).toBe('May 2026');
    expect(formatMonth('2026-05', 'tg')).toBe('Май 2026');
    expect(formatDateTime('2026-03-01T12:05:00Z', 'uz')).toMatch(/^\d{1,2}-mart, 2026, \d\d:\d\d$/);
    expect(formatFileSize(1.5 * 1024 * 1024, 'uz')).toBe('1,5 MB');
    expect(formatDate('not a date', 'tg')).toBe('not a date');
  });

  it('writes Kyrgyz dates in Kyrgyz, not in Russian, whatever the browser knows', () => {
    expect(formatDate('2027-01-31', 'ky')).toBe('2027-ж., 31-январь');
    expect(formatDate('2027-01-31', 'ky')).not.toMatch(/января|г\./);
    expect(formatDateTime('2027-01-31T12:05:00Z', 'ky')).toMatch(/^2027-ж\., 31-январь, \d\d:\d\d$/);
    expect(formatMonth('2027-01', 'ky')).toBe('Январь 2027');
    expect(spaces(formatRoubles(1250000, 'ky'))).toBe('1 250 000 ₽');
  });

  it('writes file sizes', () => {
    expect(formatFileSize(512, 'en')).toBe('512 B');
    expect(formatFileSize(2048, 'en')).toBe('2 KB');
    expect(formatFileSize(1.5 * 1024 * 1024, 'en')).toBe('1.5 MB');
  });

  it("gives today's calendar date", () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });

  it('reads whole numbers typed with spaces', () => {
    expect(parseWholeNumber('75 000')).toBe(75000);
    expect(parseWholeNumber('75\u00a0000')).toBe(75000);
    expect(parseWholeNumber('7.5')).toBeNull();
    expect(parseWholeNumber('-1')).toBeNull();
    expect(parseWholeNumber('40', 1, 36)).toBeNull();
    expect(parseWholeNumber('')).toBeNull();
  });
});
