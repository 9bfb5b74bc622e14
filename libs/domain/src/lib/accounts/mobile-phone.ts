/**
 * Mobile numbers by the countries' real numbering plans (libphonenumber's metadata, mobile ranges only): a range
 * an operator was given is accepted, an unallocated one or a landline refused, a number of the wrong length refused.
 */
import { getCountryCallingCode, isSupportedCountry, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/mobile';

/**
 * Where accounts' mobile numbers may come from: the active origin countries (data: `origin_countries`), and Russia
 * (a Russian SIM, employers' recruiters). Callers pass the list; see mobilePhoneCountriesOf.
 */
export type MobilePhoneCountries = readonly string[];

/** Russia: always accepted beside the origin countries. */
export const RUSSIA = 'RU';

/** The countries accounts take numbers of: the given origin countries' ISO codes, then Russia. */
export function mobilePhoneCountriesOf(originCountries: readonly string[]): MobilePhoneCountries {
  return [...originCountries.filter((code) => code !== RUSSIA), RUSSIA];
}

/** The countries accepted before origin countries were data, for callers that cannot know the list (the sign-in box). */
export const SEEDED_MOBILE_PHONE_COUNTRIES: MobilePhoneCountries = ['KG', 'UZ', 'TJ', 'RU'];

/**
 * 'phone.kyrgyzFormat': a +996 number that is not a Kyrgyz mobile one (kept apart: most of our users are there).
 * 'phone.country': a valid-looking international number of a country accounts do not take.
 * 'phone.format': anything else that is not a mobile number of those countries.
 */
export type MobilePhoneProblem = 'phone.format' | 'phone.kyrgyzFormat' | 'phone.country';

const TYPED_SEPARATORS = /[\s\-().\u00a0]/g;

function isOneOf(countries: MobilePhoneCountries, country: string | null | undefined): country is string {
  return typeof country === 'string' && countries.includes(country);
}

/** A mobile number of one of our countries, or null. */
function mobileOf(number: PhoneNumber | undefined, countries: MobilePhoneCountries): PhoneNumber | null {
  if (!number || !number.isValid() || !isOneOf(countries, number.country)) return null;
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
function readings(typed: string, country: string | null, countries: MobilePhoneCountries): PhoneNumber[] {
  if (typed.startsWith('+')) {
    const international = parsePhoneNumberFromString(typed);
    return international ? [international] : [];
  }
  const order = country ? [country, ...countries.filter((other) => other !== country)] : [...countries];
  return order.flatMap((code) => parsePhoneNumberFromString(typed, code as CountryCode) ?? []);
}

/**
 * The number in E.164 (+996555123456). A national form ('0555 123 456', '8 916 123-45-67') is read as a number of
 * `country` (the citizenship chosen at registration) when it is a mobile number there; without a country, or when
 * it is none there, it is read in the one country of ours where it is a mobile number. Where it fits several
 * (9 digits can be Uzbek and Tajik alike) or none, the typed characters come back, compacted, and fail validation.
 */
export function normalizeMobilePhone(
  input: string,
  country: string | null = null,
  countries: MobilePhoneCountries = SEEDED_MOBILE_PHONE_COUNTRIES,
): string {
  const typed = compact(input);
  // libphonenumber would skip a stray letter; a number is digits, with a leading + at most.
  if (!/^\+?\d+$/.test(typed)) return typed;
  const preferred = isOneOf(countries, country) ? country : null;
  const mobiles = readings(typed, preferred, countries)
    .map((number) => mobileOf(number, countries))
    .filter((number): number is PhoneNumber => number !== null);
  const [first] = mobiles;
  if (first === undefined) return typed;
  if (typed.startsWith('+') || (preferred !== null && first.country === preferred)) return first.number;
  const distinct = new Set(mobiles.map((number) => number.number));
  return distinct.size === 1 ? first.number : typed;
}

/**
 * Null when the input, read as normalizeMobilePhone reads it, is a mobile number of one of `countries` (ISO codes:
 * the active origin countries and Russia, see mobilePhoneCountriesOf).
 */
export function mobilePhoneProblem(
  input: string,
  country: string | null = null,
  countries: MobilePhoneCountries = SEEDED_MOBILE_PHONE_COUNTRIES,
): MobilePhoneProblem | null {
  const phone = normalizeMobilePhone(input, country, countries);
  const parsed = /^\+[1-9]\d{6,14}$/.test(phone) ? parsePhoneNumberFromString(phone) : undefined;
  if (mobileOf(parsed, countries) !== null) return null;
  if (phone.startsWith('+996')) return 'phone.kyrgyzFormat';
  if (parsed?.isValid() && !isOneOf(countries, parsed.country)) return 'phone.country';
  return 'phone.format';
}

export function isValidMobilePhone(
  input: string,
  country: string | null = null,
  countries: MobilePhoneCountries = SEEDED_MOBILE_PHONE_COUNTRIES,
): boolean {
  return mobilePhoneProblem(input, country, countries) === null;
}

/** Whether libphonenumber-js has a numbering plan for the ISO code: a country the admin adds must have one. */
export function hasNumberingPlan(country: string): boolean {
  return isSupportedCountry(country);
}

/** The calling code of a country by libphonenumber-js (e.g. '996' for KG), or null for a code it does not know. */
export function callingCodeOf(country: string): string | null {
  return isSupportedCountry(country) ? getCountryCallingCode(country) : null;
}

/**
 * The block of 1,000 numbers a normalised (E.164) number belongs to: its digits without the last three. Numbers
 * bought in bulk for abuse are consecutive, so limits on registrations count per block as well as per address.
 */
export function mobileNumberBlock(e164: string): string {
  return e164.slice(0, -3);
}
