/**
 * Languages the product speaks, everywhere: web, account setting, notifications, letters. Kyrgyz first: most of
 * our migrants read it best; Uzbek is written in Latin script (the official one), Tajik in Cyrillic.
 */
export enum Locale {
  Kyrgyz = 'ky',
  Russian = 'ru',
  Uzbek = 'uz',
  Tajik = 'tg',
  English = 'en',
}

export const SUPPORTED_LOCALES: readonly Locale[] = [Locale.Kyrgyz, Locale.Russian, Locale.Uzbek, Locale.Tajik, Locale.English];

export function isSupportedLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/**
 * Scripts a reader of the language may not read in ours: Uzbek in Arabic script is written in Afghanistan, where
 * the Latin alphabet of Uzbekistan is not taught; Tajik in Arabic script is Dari/Persian for most readers.
 * Uzbek in Cyrillic (`uz-Cyrl`) still maps to Uzbek: both scripts are taught in Uzbekistan.
 */
const UNREADABLE_SCRIPTS: Readonly<Partial<Record<Locale, readonly string[]>>> = {
  [Locale.Uzbek]: ['arab'],
  [Locale.Tajik]: ['arab'],
};

/**
 * Picks the first supported language from a browser's preference list (BCP 47 tags such as `uz-Latn-UZ`,
 * `tg-TJ`, `en_US`), else the fallback.
 */
export function pickLocale(preferred: readonly string[], fallback: Locale = Locale.Russian): Locale {
  for (const tag of preferred) {
    const [base, ...subtags] = tag.toLowerCase().split(/[-_]/);
    if (!isSupportedLocale(base)) continue;
    const script = subtags.find((subtag) => /^[a-z]{4}$/.test(subtag));
    if (script !== undefined && UNREADABLE_SCRIPTS[base]?.includes(script)) continue;
    return base;
  }
  return fallback;
}
