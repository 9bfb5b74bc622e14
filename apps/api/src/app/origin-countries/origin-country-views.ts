/** Origin countries as the API shows them. */
import type { AdminOriginCountryView, OriginCountryView } from '@jumush/contracts';
import type { OriginCountry } from '@jumush/domain';

export function toOriginCountryView(country: OriginCountry): OriginCountryView {
  const { regions, districts } = country.geography;
  return {
    code: country.code,
    names: { ...country.names },
    callingCode: country.callingCode,
    passportPattern: country.passportPattern,
    regime: country.regime,
    defaultLocale: country.defaultLocale,
    regions: regions.map((region) => ({
      code: region.code,
      kind: region.kind,
      names: { ...region.name },
      districts: districts
        .filter((district) => district.regionCode === region.code)
        .map((district) => ({ code: district.code, names: { ...district.name } })),
    })),
  };
}

export function toAdminOriginCountryView(country: OriginCountry): AdminOriginCountryView {
  return { ...toOriginCountryView(country), active: country.active, office: { ...country.office } };
}
