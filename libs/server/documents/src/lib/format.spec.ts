import { formatDate, formatRoubles, formatWholeNumber, russianPlural } from './format';

describe('formatting', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1 000'],
    [75_000, '75 000'],
    [1_234_567, '1 234 567'],
    [-1500, '−1 500'],
  ])('groups %p as %p, with no-break spaces', (value, text) => {
    expect(formatWholeNumber(value)).toBe(text.replace(/ /g, '\u00a0'));
  });

  it('writes roubles with the rouble sign', () => {
    expect(formatRoubles(75_000)).toBe('75\u00a0000\u00a0₽');
  });

  it('refuses fractions', () => {
    expect(() => formatWholeNumber(1.5)).toThrow(RangeError);
  });

  it('writes dates day first', () => {
    expect(formatDate('2026-03-09')).toBe('09.03.2026');
    expect(() => formatDate('2026-02-30')).toThrow(RangeError);
  });

  it.each([
    [1, 'месяц'],
    [2, 'месяца'],
    [4, 'месяца'],
    [5, 'месяцев'],
    [11, 'месяцев'],
    [12, 'месяцев'],
    [14, 'месяцев'],
    [21, 'месяц'],
    [22, 'месяца'],
    [25, 'месяцев'],
    [111, 'месяцев'],
  ])('says %p %s in Russian', (count, word) => {
    expect(russianPlural(count, 'месяц', 'месяца', 'месяцев')).toBe(word);
  });
});
