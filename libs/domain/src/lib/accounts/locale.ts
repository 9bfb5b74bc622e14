/** Languages the product speaks. Kyrgyz first: most of our migrants read it best. */
export enum Locale {
  Kyrgyz = 'ky',
  Russian = 'ru',
  English = 'en',
}

export const SUPPORTED_LOCALES: readonly Locale[] = [Locale.Kyrgyz, Locale.Russian, Locale.English];

export function isSupportedLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/** Picks the first supported language from a browser's preference list, else the fallback. */
export function pickLocale(preferred: readonly string[], fallback: Locale = Locale.Russian): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (isSupportedLocale(base)) return base;
  }
  return fallback;
}
