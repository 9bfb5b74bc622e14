import { ADULT_AGE, ageOn, isAdultOn } from './age';

describe('age on a day', () => {
  it.each([
    ['2008-05-17', '2026-05-16', 17],
    ['2008-05-17', '2026-05-17', 18],
    ['2008-05-17', '2026-05-18', 18],
    ['2008-05-17', '2027-05-16', 18],
    ['2008-12-31', '2026-12-30', 17],
    ['2008-12-31', '2026-12-31', 18],
    ['2008-01-01', '2025-12-31', 17],
    ['2008-01-01', '2026-01-01', 18],
    ['1990-03-01', '2026-02-28', 35],
    ['2026-05-17', '2026-05-17', 0],
    ['2025-05-17', '2026-05-16', 0],
  ])('born %s, on %s is %i', (birth, date, age) => {
    expect(ageOn(birth, date)).toBe(age);
  });

  describe('born on 29 February', () => {
    it.each([
      ['2008-02-29', '2026-02-27', 17],
      ['2008-02-29', '2026-02-28', 18],
      ['2008-02-29', '2026-03-01', 18],
      ['2008-02-29', '2028-02-28', 19],
      ['2008-02-29', '2028-02-29', 20],
      ['2004-02-29', '2022-02-28', 18],
      ['2004-02-29', '2022-02-27', 17],
    ])('born %s, on %s is %i', (birth, date, age) => {
      expect(ageOn(birth, date)).toBe(age);
    });
  });

  it('is 18 years for an adult by default', () => {
    expect(ADULT_AGE).toBe(18);
    expect(isAdultOn('2008-05-17', '2026-05-16')).toBe(false);
    expect(isAdultOn('2008-05-17', '2026-05-17')).toBe(true);
    expect(isAdultOn('2008-02-29', '2026-02-27')).toBe(false);
    expect(isAdultOn('2008-02-29', '2026-02-28')).toBe(true);
  });

  it('takes another age limit', () => {
    expect(isAdultOn('2005-05-17', '2026-05-16', 21)).toBe(false);
    expect(isAdultOn('2005-05-17', '2026-05-17', 21)).toBe(true);
  });

  it('rejects a day before the birth and dates that are not calendar dates', () => {
    expect(() => ageOn('2008-05-17', '2008-05-16')).toThrow(RangeError);
    expect(() => ageOn('2007-02-29', '2026-01-01')).toThrow(RangeError);
    expect(() => isAdultOn('2008-05-17', '17.05.2026')).toThrow(RangeError);
  });
});
