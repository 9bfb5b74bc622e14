import { RUSSIAN_REGIONS, regionByCode } from '@jumush/contracts/client';

/**
 * Russian regions, from the contracts (no request needed). Kyrgyz, Uzbek and Tajik readers see the Russian names,
 * as written on the spot: on signs, tickets and contracts.
 */
export interface RegionOption {
  code: string;
  name: string;
}

export function regionName(code: string | null | undefined, lang: string): string {
  if (!code) return '';
  const region = regionByCode(code);
  if (!region) return code;
  return lang === 'en' ? region.nameEn : region.nameRu;
}

const sorted = new Map<string, readonly RegionOption[]>();

/** Every federal subject, sorted by name in the language. */
export function regionOptions(lang: string): readonly RegionOption[] {
  let options = sorted.get(lang);
  if (!options) {
    const collator = new Intl.Collator(lang === 'en' ? 'en' : 'ru');
    options = RUSSIAN_REGIONS.map((region) => ({ code: region.code, name: regionName(region.code, lang) })).sort((a, b) =>
      collator.compare(a.name, b.name),
    );
    sorted.set(lang, options);
  }
  return options;
}
