/** Valid, unique Russian registration numbers for tests, built with the official check-digit rules. */
import { randomInt } from 'node:crypto';
import { isValidInn, isValidOgrn } from '@jumush/domain';

function withCheckDigit(body: string, valid: (candidate: string) => boolean): string {
  for (let digit = 0; digit <= 9; digit++) if (valid(`${body}${digit}`)) return `${body}${digit}`;
  throw new Error(`no check digit makes ${body} valid`);
}

const randomDigits = (count: number) => Array.from({ length: count }, () => randomInt(0, 10)).join('');

/** A legal entity's INN (10 digits) in tax region 77. */
export function uniqueCompanyInn(): string {
  return withCheckDigit(`77${randomDigits(7)}`, (candidate) => isValidInn(candidate, 'legalEntity'));
}

/** A legal entity's OGRN (13 digits). */
export function uniqueCompanyOgrn(): string {
  return withCheckDigit(`1${randomDigits(11)}`, (candidate) => isValidOgrn(candidate, 'legalEntity'));
}
