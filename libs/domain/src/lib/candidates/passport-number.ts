/** Foreign passport numbers: one spelling per passport, so that nobody registers the same passport twice. */

export type PassportNumberProblem = 'passport.format';

/**
 * Cyrillic letters that look like Latin ones. Most of our migrants type on a Cyrillic keyboard, and "АС1234567"
 * typed in Cyrillic must be the same passport as the Latin "AC1234567" printed in it.
 */
const CYRILLIC_LOOKALIKES: Readonly<Record<string, string>> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Y',
  Х: 'X',
};

/**
 * The form stored and compared for uniqueness: upper case, Cyrillic look-alikes in Latin letters, without the
 * spaces and dashes people type between the series and the number.
 */
export function normalizePassportNumber(value: string): string {
  return value
    .toUpperCase()
    .replace(/[\s\-‐‑‒–—]/g, '')
    .replace(/[АВЕКМНОРСТУХ]/g, (letter) => CYRILLIC_LOOKALIKES[letter] ?? letter);
}

/**
 * What machine-readable passports allow, with room for national formats: the shape where a country's own is not
 * known. A country's pattern is data (`origin_countries.passport_pattern`, e.g. Kyrgyzstan's ^[A-Z]{2}[0-9]{7}$).
 */
export const ANY_PASSPORT_PATTERN = '^[A-Z0-9]{6,12}$';

/** Why a country's passport pattern cannot be used, or null: it must compile, be anchored and fit in 200 characters. */
export function passportPatternProblem(pattern: string): 'passport.patternInvalid' | null {
  if (pattern.length === 0 || pattern.length > 200 || !pattern.startsWith('^') || !pattern.endsWith('$')) return 'passport.patternInvalid';
  try {
    new RegExp(pattern, 'u');
    return null;
  } catch {
    return 'passport.patternInvalid';
  }
}

/** Null when the number, once normalised, matches the country's passport pattern (a regular expression's source). */
export function passportNumberProblem(value: string, pattern: string = ANY_PASSPORT_PATTERN): PassportNumberProblem | null {
  const number = normalizePassportNumber(value);
  const shape = passportPatternProblem(pattern) === null ? new RegExp(pattern, 'u') : new RegExp(ANY_PASSPORT_PATTERN);
  return shape.test(number) ? null : 'passport.format';
}

/**
 * For showing a number where it need not be read in full (lists, e-mails, logs): "•••••••67", the last two
 * characters only. The series and the last two together ("AC•••••67") left 10⁵ numbers to guess, few enough to
 * try one by one; the last two leave the whole series unknown. Too short a value is masked whole.
 */
export function maskPassportNumber(value: string): string {
  const number = normalizePassportNumber(value);
  if (number.length < 6) return '•'.repeat(number.length);
  return `${'•'.repeat(number.length - 2)}${number.slice(-2)}`;
}
