import { SUSPENSION_CATEGORIES, SuspensionCategory, isSuspensionCategory } from './suspension-category';

describe('suspension categories', () => {
  it('offers every category once, "other" last', () => {
    expect([...SUSPENSION_CATEGORIES].sort()).toEqual(Object.values(SuspensionCategory).sort());
    expect(new Set(SUSPENSION_CATEGORIES).size).toBe(SUSPENSION_CATEGORIES.length);
    expect(SUSPENSION_CATEGORIES[SUSPENSION_CATEGORIES.length - 1]).toBe(SuspensionCategory.Other);
  });

  it.each([
    ['wageViolation', true],
    ['other', true],
    ['WAGE_VIOLATION', false],
    ['', false],
    [null, false],
    [3, false],
  ])('knows %p: %p', (value, known) => {
    expect(isSuspensionCategory(value)).toBe(known);
  });
});
