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

/** Kyrgyz foreign passports: a two-letter series (AC, PE, …) and seven digits. */
const KYRGYZ_PASSPORT = /^[A-Z]{2}\d{7}$/;
/** Other countries: what machine-readable passports allow, with room for national formats. */
const OTHER_PASSPORT = /^[A-Z0-9]{6,12}$/;

/** Null when the number, once normalised, has the shape of a passport number of `country` (ISO 3166-1 alpha-2). */
export function passportNumberProblem(value: string, country = 'KG'): PassportNumberProblem | null {
  const number = normalizePassportNumber(value);
  const shape = country.toUpperCase() === 'KG' ? KYRGYZ_PASSPORT : OTHER_PASSPORT;
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
