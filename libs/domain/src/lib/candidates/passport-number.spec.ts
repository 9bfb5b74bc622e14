import { ANY_PASSPORT_PATTERN, maskPassportNumber, normalizePassportNumber, passportNumberProblem, passportPatternProblem } from './passport-number';

describe('foreign passport numbers', () => {
  it.each([
    ['AC1234567', 'AC1234567'],
    ['ac1234567', 'AC1234567'],
    [' AC 1234567 ', 'AC1234567'],
    ['AC-123-45-67', 'AC1234567'],
    ['pe\u00a01234567', 'PE1234567'],
    ['AC–1234567', 'AC1234567'],
    ['\tID 1234567\n', 'ID1234567'],
  ])('normalises %p to %p', (input, expected) => {
    expect(normalizePassportNumber(input)).toBe(expected);
  });

  it('reads Cyrillic look-alike letters as the Latin letters printed in the passport', () => {
    expect(normalizePassportNumber('АС1234567')).toBe('AC1234567');
    expect(normalizePassportNumber('ре 1234567')).toBe('PE1234567');
    expect(normalizePassportNumber('АВЕКМНОРСТУХ')).toBe('ABEKMHOPCTYX');
    expect(normalizePassportNumber('ЖД1234567')).toBe('ЖД1234567');
  });

  it('spells one passport one way, however it was typed', () => {
    const typings = ['AC1234567', 'ac 123 45 67', 'АС-1234567', 'Ac1234567'];
    expect(new Set(typings.map(normalizePassportNumber)).size).toBe(1);
  });

  describe('Kyrgyz passports (the pattern seeded for KG)', () => {
    const KG = '^[A-Z]{2}[0-9]{7}$';

    it.each(['AC1234567', 'PE1234567', 'ID0000001', 'ac 1234567', 'АС1234567'])('accepts %p', (value) => {
      expect(passportNumberProblem(value, KG)).toBeNull();
    });

    it.each([
      ['AC123456', 'six digits'],
      ['AC12345678', 'eight digits'],
      ['A1234567', 'one letter'],
      ['ACE1234567', 'three letters'],
      ['1234567AC', 'the series at the end'],
      ['AC12345X7', 'a letter among the digits'],
      ['ЖД1234567', 'a Cyrillic series that is no Latin one'],
      ['AC 12345/67', 'a slash'],
      ['', 'nothing'],
      ['   ', 'only spaces'],
    ])('rejects %p (%s)', (value) => {
      expect(passportNumberProblem(value, KG)).toBe('passport.format');
    });
  });

  describe('a country without a pattern of its own (the generic shape, seeded for UZ and TJ)', () => {
    it.each(['123456', 'FA1234567', '400123456789', 'c01x00t47', 'AC123456'])('accepts %p', (value) => {
      expect(passportNumberProblem(value)).toBeNull();
      expect(passportNumberProblem(value, ANY_PASSPORT_PATTERN)).toBeNull();
    });

    it.each(['12345', '4001234567890', 'AB_123456', 'ЖД1234567'])('rejects %p', (value) => {
      expect(passportNumberProblem(value)).toBe('passport.format');
    });
  });

  describe("a country's pattern as data", () => {
    it('reads Armenian passports (two letters, seven digits) by the pattern an admin entered', () => {
      expect(passportNumberProblem('AN 1234567', '^A[A-Z][0-9]{7}$')).toBeNull();
      expect(passportNumberProblem('BN1234567', '^A[A-Z][0-9]{7}$')).toBe('passport.format');
    });

    it.each([
      ['^[A-Z]{2}[0-9]{7}$', null],
      ['[A-Z]{2}[0-9]{7}$', 'passport.patternInvalid'],
      ['^[A-Z]{2}[0-9]{7}', 'passport.patternInvalid'],
      ['^[A-Z$', 'passport.patternInvalid'],
      ['', 'passport.patternInvalid'],
      [`^${'A'.repeat(200)}$`, 'passport.patternInvalid'],
    ])('judges the pattern %p: %p', (pattern, problem) => {
      expect(passportPatternProblem(pattern)).toBe(problem);
    });

    it('falls back to the generic shape when a stored pattern is broken', () => {
      expect(passportNumberProblem('FA1234567', '^[A-Z$')).toBeNull();
    });
  });

  describe('masking', () => {
    it.each([
      ['AC1234567', '•••••••67'],
      ['ac 123 45 67', '•••••••67'],
      ['123456', '••••56'],
      ['400123456789', '••••••••••89'],
      ['12345', '•••••'],
      ['', ''],
    ])('shows %p as %p', (value, masked) => {
      expect(maskPassportNumber(value)).toBe(masked);
    });

    it('shows at most the last two characters, so a masked number narrows nothing down to a guessable few', () => {
      for (const value of ['AC1234567', '400123456789', 'FA0123456']) {
        const masked = maskPassportNumber(value);
        expect(masked.replace(/•/g, '')).toBe(value.slice(-2));
      }
    });
  });
});
