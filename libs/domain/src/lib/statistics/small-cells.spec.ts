import { MIN_PEOPLE_PER_CELL, percentile, publishedCell, publishedCount } from './small-cells';

describe('publishedCell', () => {
  it.each([
    [0, true],
    [1, true],
    [MIN_PEOPLE_PER_CELL - 1, true],
    [MIN_PEOPLE_PER_CELL, false],
    [1000, false],
  ])('%i people: withheld %s', (people, withheld) => {
    expect(publishedCell(people, 'x')).toEqual(withheld ? { value: null, withheld: true } : { value: 'x', withheld: false });
  });

  it.each([-1, 2.5, Number.NaN])('refuses %s people', (people) => {
    expect(() => publishedCell(people, 1)).toThrow(RangeError);
  });
});

describe('publishedCount', () => {
  it('publishes zero, withholds 1 to 4, publishes 5 and more', () => {
    expect([0, 1, 4, 5, 17].map(publishedCount)).toEqual([
      { value: 0, withheld: false },
      { value: null, withheld: true },
      { value: null, withheld: true },
      { value: 5, withheld: false },
      { value: 17, withheld: false },
    ]);
  });
});

describe('percentile', () => {
  it('interpolates between closest ranks like percentile_cont', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([4, 1, 3, 2], 50)).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBeCloseTo(9.1);
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([1, 9], 0)).toBe(1);
    expect(percentile([1, 9], 100)).toBe(9);
  });

  it('has none for no samples and refuses a percentile outside 0–100', () => {
    expect(percentile([], 50)).toBeNull();
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], -1)).toThrow(RangeError);
  });
});
