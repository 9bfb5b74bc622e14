/**
 * An origin country as data (`origin_countries`, `origin_regions`, `origin_districts`): what the exchange needs to
 * know of a country to take its migrants, and the checks an admin's edit must pass. Nothing here names a country.
 */
import { SUPPORTED_LOCALES, isSupportedLocale, type Locale } from '../accounts/locale';
import { passportPatternProblem } from '../candidates/passport-number';
import { ORIGIN_REGION_KINDS, type LocalizedName, type OriginCountryGeography } from '../geography/origin-regions';
import { isLegalRegime, type LegalRegime } from './legal-regime';

/** The office that signs a country's approval letters. */
export interface SigningOffice {
  /** In Russian, as printed on letters (at most 200 characters). */
  nameRu: string;
  /** In the country's language. */
  nameLocal: string;
  /** Null until known. */
  address: string | null;
  /** The signatory's title, in Russian. */
  signatoryTitle: string;
}

export interface OriginCountry {
  /** ISO 3166-1 alpha-2. */
  code: string;
  names: LocalizedName;
  active: boolean;
  /** Without '+', e.g. '996'. */
  callingCode: string;
  /** A regular expression's source a normalised passport number of the country matches. */
  passportPattern: string;
  office: SigningOffice;
  defaultLocale: Locale;
  regime: LegalRegime;
  geography: OriginCountryGeography;
}

/** One field of an admin's edit refused, with its translation code. `field` is a path, e.g. regions[2].names.uz. */
export interface CountryFieldProblem {
  field: string;
  code: string;
}

const ISO_CODE = /^[A-Z]{2}$/;
const CALLING_CODE = /^[1-9]\d{0,2}$/;

function namesProblems(field: string, names: unknown, maxLength: number): CountryFieldProblem[] {
  if (typeof names !== 'object' || names === null) return [{ field, code: 'validation.isNotEmpty' }];
  const record = names as Record<string, unknown>;
  const problems: CountryFieldProblem[] = SUPPORTED_LOCALES.flatMap((locale) => {
    const name = record[locale];
    if (typeof name !== 'string' || name.trim() === '') return [{ field: `${field}.${locale}`, code: 'validation.isNotEmpty' }];
    return name.length > maxLength ? [{ field: `${field}.${locale}`, code: 'validation.maxLength' }] : [];
  });
  const extra = Object.keys(record).filter((key) => !isSupportedLocale(key));
  return [...problems, ...extra.map((key) => ({ field: `${field}.${key}`, code: 'country.unknownLocale' }))];
}

/**
 * What is wrong with a country's regions and districts: each region's code is the country's ISO code and a suffix
 * (ISO 3166-2), each district's code its region's and a suffix; codes unique, names in all five languages, each
 * district in a listed region.
 */
export function geographyProblems(country: string, geography: OriginCountryGeography): CountryFieldProblem[] {
  const problems: CountryFieldProblem[] = [];
  const regionCodes = new Set<string>();
  geography.regions.forEach((region, index) => {
    const field = `regions[${index}]`;
    if (!new RegExp(`^${country}-[A-Z0-9]{1,9}$`).test(region.code)) problems.push({ field: `${field}.code`, code: 'country.regionCode' });
    else if (regionCodes.has(region.code)) problems.push({ field: `${field}.code`, code: 'country.duplicateCode' });
    regionCodes.add(region.code);
    if (region.country !== country) problems.push({ field: `${field}.code`, code: 'country.regionCode' });
    if (!(ORIGIN_REGION_KINDS as readonly string[]).includes(region.kind)) problems.push({ field: `${field}.kind`, code: 'validation.isIn' });
    problems.push(...namesProblems(`${field}.names`, region.name, 120));
  });
  const districtCodes = new Set<string>();
  geography.districts.forEach((district, index) => {
    const field = `districts[${index}]`;
    if (!regionCodes.has(district.regionCode)) problems.push({ field: `${field}.regionCode`, code: 'region.unknown' });
    else if (!district.code.startsWith(`${district.regionCode}-`) || !/^[A-Z0-9-]{1,40}$/.test(district.code))
      problems.push({ field: `${field}.code`, code: 'country.districtCode' });
    else if (districtCodes.has(district.code)) problems.push({ field: `${field}.code`, code: 'country.duplicateCode' });
    districtCodes.add(district.code);
    problems.push(...namesProblems(`${field}.names`, district.name, 120));
  });
  return problems;
}

/**
 * What is wrong with a country as an admin entered it, field by field; empty when it may be saved. `numberingPlanOf`
 * answers the country's calling code by libphonenumber-js (null: no numbering plan, so no mobile number could be
 * read), passed in to keep the phone metadata out of this module.
 */
export function originCountryProblems(country: OriginCountry, numberingPlanOf: (code: string) => string | null): CountryFieldProblem[] {
  const problems: CountryFieldProblem[] = [];
  if (!ISO_CODE.test(country.code) || country.code === 'RU') problems.push({ field: 'code', code: 'country.code' });
  else if (numberingPlanOf(country.code) === null) problems.push({ field: 'code', code: 'country.noNumberingPlan' });
  else if (!CALLING_CODE.test(country.callingCode) || numberingPlanOf(country.code) !== country.callingCode)
    problems.push({ field: 'callingCode', code: 'country.callingCode' });
  problems.push(...namesProblems('names', country.names, 80));
  if (passportPatternProblem(country.passportPattern) !== null) problems.push({ field: 'passportPattern', code: 'passport.patternInvalid' });
  const { office } = country;
  for (const [field, value, max] of [
    ['office.nameRu', office.nameRu, 200],
    ['office.nameLocal', office.nameLocal, 200],
    ['office.signatoryTitle', office.signatoryTitle, 200],
  ] as const) {
    if (value.trim() === '') problems.push({ field, code: 'validation.isNotEmpty' });
    else if (value.length > max) problems.push({ field, code: 'validation.maxLength' });
  }
  if (office.address !== null && office.address.length > 300) problems.push({ field: 'office.address', code: 'validation.maxLength' });
  if (!isSupportedLocale(country.defaultLocale)) problems.push({ field: 'defaultLocale', code: 'validation.isIn' });
  if (!isLegalRegime(country.regime)) problems.push({ field: 'regime', code: 'validation.isIn' });
  if (ISO_CODE.test(country.code)) problems.push(...geographyProblems(country.code, country.geography));
  return problems;
}
