/**
 * Where migrants come from: the regions and districts of origin countries. The data lives in `origin_regions` and
 * `origin_districts` (edited in the admin console); these rules take it as a parameter.
 */
import type { Locale } from '../accounts/locale';

export type LocalizedName = Readonly<Record<Locale, string>>;

export const ORIGIN_REGION_KINDS = ['oblast', 'city', 'republic', 'autonomousOblast', 'republicanDistricts'] as const;
export type OriginRegionKind = (typeof ORIGIN_REGION_KINDS)[number];

export interface OriginRegion {
  /** ISO 3166-2 code of the first-level unit, e.g. KG-C for Chüy oblast, UZ-AN for Andijan viloyat. */
  code: string;
  /** ISO 3166-1 alpha-2 of the country. */
  country: string;
  /**
   * 'oblast' also stands for a viloyat (Uzbekistan, Tajikistan). Bishkek, Osh, Tashkent and Dushanbe are cities
   * outside any oblast; Karakalpakstan is a republic within Uzbekistan; Gorno-Badakhshan an autonomous oblast;
   * the Districts of Republican Subordination are Tajikistan's districts governed from Dushanbe directly.
   */
  kind: OriginRegionKind;
  name: LocalizedName;
}

export interface OriginDistrict {
  /** Our own stable code: the region's ISO code and the district's name in Latin letters. */
  code: string;
  regionCode: string;
  name: LocalizedName;
}

/** Regions and districts of one country, or of several (each region names its country). */
export interface OriginCountryGeography {
  regions: readonly OriginRegion[];
  districts: readonly OriginDistrict[];
}

export function originRegionByCode(geography: OriginCountryGeography, code: string): OriginRegion | undefined {
  return geography.regions.find((r) => r.code === code);
}

export function originDistrictByCode(geography: OriginCountryGeography, code: string): OriginDistrict | undefined {
  return geography.districts.find((d) => d.code === code);
}

/** The districts of one region, in the order of the data; empty for a city or an unknown code. */
export function originDistrictsOf(geography: OriginCountryGeography, regionCode: string): readonly OriginDistrict[] {
  return geography.districts.filter((d) => d.regionCode === regionCode);
}

/** A home address is consistent when the district, if given, lies in the region. */
export function isDistrictInRegion(geography: OriginCountryGeography, districtCode: string, regionCode: string): boolean {
  return originDistrictByCode(geography, districtCode)?.regionCode === regionCode;
}

/** The first-level units of a country, in the order of the data; empty for a country not on the exchange. */
export function originRegionsOf(geography: OriginCountryGeography, country: string | null | undefined): readonly OriginRegion[] {
  return country ? geography.regions.filter((r) => r.country === country) : [];
}

/** Whether a home in this region is recorded with a district: only where we list the region's districts. */
export function regionNeedsDistrict(geography: OriginCountryGeography, regionCode: string): boolean {
  return originDistrictsOf(geography, regionCode).length > 0;
}

export interface ResidenceProblem {
  field: 'residenceRegionCode' | 'residenceDistrictCode';
  code: 'region.unknown' | 'region.notInCountry' | 'validation.isNotEmpty' | 'district.notInRegion';
}

/**
 * What is wrong with a migrant's home, or null: the region must be one of their citizenship's country, and the
 * district one of that region's, required only where the region has districts listed (a city, or a country
 * whose districts are not listed yet, is recorded by region alone). `geography` holds the regions (of every country
 * or of the citizenship's alone).
 */
export function residenceProblem(
  geography: OriginCountryGeography,
  country: string | null | undefined,
  regionCode: string | null | undefined,
  districtCode: string | null | undefined,
): ResidenceProblem | null {
  if (!regionCode) return { field: 'residenceRegionCode', code: 'validation.isNotEmpty' };
  const region = originRegionByCode(geography, regionCode);
  if (!region) return { field: 'residenceRegionCode', code: 'region.unknown' };
  if (region.country !== country) return { field: 'residenceRegionCode', code: 'region.notInCountry' };
  if (!districtCode) return regionNeedsDistrict(geography, regionCode) ? { field: 'residenceDistrictCode', code: 'validation.isNotEmpty' } : null;
  return isDistrictInRegion(geography, districtCode, regionCode) ? null : { field: 'residenceDistrictCode', code: 'district.notInRegion' };
}
