/** Origin countries as the API shows them: to everyone (registration, profile, search) and to the admin (editing). */
import type { LegalRegime, OriginCountryGeography, OriginRegionKind } from '@jumush/domain';

export interface OriginDistrictView {
  code: string;
  names: Record<string, string>;
}

export interface OriginRegionView {
  code: string;
  kind: OriginRegionKind;
  names: Record<string, string>;
  /** In the country's order; empty where the region's districts are not listed (a city, a country without them). */
  districts: OriginDistrictView[];
}

/** GET /api/origin-countries: an active country, with what registration and the profile need of it. */
export interface OriginCountryView {
  code: string;
  names: Record<string, string>;
  /** Without '+', e.g. '996'. */
  callingCode: string;
  /** The regular expression a normalised passport number of the country matches. */
  passportPattern: string;
  regime: LegalRegime;
  defaultLocale: string;
  regions: OriginRegionView[];
}

export interface SigningOfficeView {
  nameRu: string;
  nameLocal: string;
  address: string | null;
  signatoryTitle: string;
}

/** GET /api/admin/origin-countries: every country, active or not, with its signing office. */
export interface AdminOriginCountryView extends OriginCountryView {
  active: boolean;
  office: SigningOfficeView;
}

/** The regions and districts of the given countries, in the shape libs/domain's residence rules take. */
export function geographyOfViews(countries: readonly OriginCountryView[]): OriginCountryGeography {
  return {
    regions: countries.flatMap((country) =>
      country.regions.map((region) => ({ code: region.code, country: country.code, kind: region.kind, name: region.names as never })),
    ),
    districts: countries.flatMap((country) =>
      country.regions.flatMap((region) =>
        region.districts.map((district) => ({ code: district.code, regionCode: region.code, name: district.names as never })),
      ),
    ),
  };
}
