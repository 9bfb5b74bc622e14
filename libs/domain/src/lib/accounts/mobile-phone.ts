/**
 * Mobile numbers by the countries' real numbering plans (libphonenumber's metadata, mobile ranges only): a range
 * an operator was given is accepted, an unallocated one or a landline refused, a number of the wrong length refused.
 */
import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/mobile';

/** Where accounts' mobile numbers may come from: the migrants' countries, and Russia (a Russian SIM, employers' recruiters). */
export const MOBILE_PHONE_COUNTRIES = ['KG', 'UZ', 'TJ', 'RU'] as const;
export type MobilePhoneCountry = (typeof MOBILE_PHONE_COUNTRIES)[number];

/**
 * 'phone.kyrgyzFormat': a +996 number that is not a Kyrgyz mobile one (kept apart: most of our users are there).
 * 'phone.country': a valid-looking international number of a country accounts do not take.
 * 'phone.format': anything else that is not a mobile number of those countries.
 */
export type MobilePhoneProblem = 'phone.format' | 'phone.kyrgyzFormat' | 'phone.country';

const TYPED_SEPARATORS = /[\s\-().\u00a0]/g;

function isOneOfOurCountries(country: string | undefined): country is MobilePhoneCountry {
  return country !== undefined && (MOBILE_PHONE_COUNTRIES as readonly string[]).includes(country);
}

/** A mobile number of one of our countries, or null. */
function mobileOf(number: PhoneNumber | undefined): PhoneNumber | null {
  if (!number || !number.isValid() || !isOneOfOurCountries(number.country)) return null;
  const type = number.getType();
  return type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE' ? number : null;
}

/** Removes what people type between digits; 00 as the international prefix becomes +. */
function compact(input: string): string {
  const typed = input.trim().replace(TYPED_SEPARATORS, '');
  return typed.startsWith('00') ? `+${typed.slice(2)}` : typed;
}

/**
 * The national forms a typed number may be read in: the given country's first, then every other of ours. A number
 * written with + is read as is.
 */
function readings(typed: string, country: MobilePhoneCountry | null): PhoneNumber[] {
  if (typed.startsWith('+')) {
    const international = parsePhoneNumberFromString(typed);
    return international ? [international] : [];
  }
  const order = country ? [country, ...MOBILE_PHONE_COUNTRIES.filter((other) => other !== country)] : [...MOBILE_PHONE_COUNTRIES];
  return order.flatMap((code) => parsePhoneNumberFromString(typed, code as CountryCode) ?? []);
}

/**
 * The number in E.164 (+996555123456). A national form ('0555 123 456', '8 916 123-45-67') is read as a number of
 * `country` (the citizenship chosen at registration) when it is a mobile number there; without a country, or when
 * it is none there, it is read in the one country of ours where it is a mobile number. Where it fits several
 * (9 digits can be Uzbek and Tajik alike) or none, the typed characters come back, compacted, and fail validation.
 */
export function normalizeMobilePhone(input: string, country: MobilePhoneCountry | string | null = null): string {
  const typed = compact(input);
  // libphonenumber would skip a stray letter; a number is digits, with a leading + at most.
  if (!/^\+?\d+$/.test(typed)) return typed;
  const preferred = isOneOfOurCountries(country ?? undefined) ? (country as MobilePhoneCountry) : null;
  const mobiles = readings(typed, preferred)
    .map(mobileOf)
    .filter((number): number is PhoneNumber => number !== null);
  const [first] = mobiles;
  if (first === undefined) return typed;
  if (typed.startsWith('+') || (preferred !== null && first.country === preferred)) return first.number;
  const distinct = new Set(mobiles.map((number) => number.number));
  return distinct.size === 1 ? first.number : typed;
}

/** Null when the input, read as normalizeMobilePhone reads it, is a mobile number of one of our countries. */
export function mobilePhoneProblem(input: string, country: MobilePhoneCountry | string | null = null): MobilePhoneProblem | null {
  const phone = normalizeMobilePhone(input, country);
  const parsed = /^\+[1-9]\d{6,14}$/.test(phone) ? parsePhoneNumberFromString(phone) : undefined;
  if (mobileOf(parsed) !== null) return null;
  if (phone.startsWith('+996')) return 'phone.kyrgyzFormat';
  if (parsed?.isValid() && !isOneOfOurCountries(parsed.country)) return 'phone.country';
  return 'phone.format';
}

export function isValidMobilePhone(input: string, country: MobilePhoneCountry | string | null = null): boolean {
  return mobilePhoneProblem(input, country) === null;
}

/**
 * The block of 1,000 numbers a normalised (E.164) number belongs to: its digits without the last three. Numbers
 * bought in bulk for abuse are consecutive, so limits on registrations count per block as well as per address.
 */
export function mobileNumberBlock(e164: string): string {
  return e164.slice(0, -3);
}
