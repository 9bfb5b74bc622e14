import { Locale } from '@jumush/domain';

/** The BCP 47 tag handed to Intl (plural rules, month names) for each language. */
const INTL_LOCALE: Record<Locale, string> = {
  [Locale.Kyrgyz]: 'ky',
  [Locale.Russian]: 'ru',
  [Locale.Uzbek]: 'uz-Latn',
  [Locale.Tajik]: 'tg',
  [Locale.English]: 'en',
};

export function intlLocaleOf(locale: Locale): string {
  return INTL_LOCALE[locale];
}
