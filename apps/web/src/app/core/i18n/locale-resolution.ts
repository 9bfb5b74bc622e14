import { Locale, isSupportedLocale, pickLocale } from '@jumush/contracts/client';

/** localStorage key of the language the person chose explicitly. */
export const LOCALE_STORAGE_KEY = 'jm.locale';

export const DEFAULT_LOCALE = Locale.Russian;

/** Stored preference, else the browser's languages, else Russian. */
export function resolvePreferredLocale(stored: string | null | undefined, browserLanguages: readonly string[] | null | undefined): Locale {
  if (isSupportedLocale(stored)) return stored;
  if (browserLanguages && browserLanguages.length > 0) return pickLocale(browserLanguages, DEFAULT_LOCALE);
  return DEFAULT_LOCALE;
}

/** Something that looks like a language tag ("de", "pt-BR"), as opposed to a page name ("login"). */
const LANGUAGE_TAG = /^[a-z]{2}(?:[-_][a-z0-9]{2,8})?$/i;

/**
 * The same URL in another language: the first path segment is replaced when it looks like a
 * language tag, otherwise the language is put in front. Query and fragment are kept.
 *   localizedUrl('/ru/login?x=1', 'ky') === '/ky/login?x=1'
 *   localizedUrl('/login', 'en')        === '/en/login'
 */
export function localizedUrl(url: string, locale: Locale): string {
  const cut = url.search(/[?#]/);
  const path = cut === -1 ? url : url.slice(0, cut);
  const rest = cut === -1 ? '' : url.slice(cut);
  const segments = path.split('/').filter((segment) => segment.length > 0);
  if (segments.length > 0 && LANGUAGE_TAG.test(segments[0].split(';')[0])) {
    segments[0] = locale;
  } else {
    segments.unshift(locale);
  }
  return `/${segments.join('/')}${rest}`;
}

/** The BCP 47 tag for `<html lang>`: Uzbek says its script, so screen readers and hyphenation do not guess Cyrillic. */
export function documentLanguageOf(locale: Locale): string {
  return locale === Locale.Uzbek ? 'uz-Latn' : locale;
}

/** The supported locale a URL segment names, tolerating case ("RU" → "ru"); null when none. */
export function localeFromSegment(segment: string | null | undefined): Locale | null {
  const lower = segment?.toLowerCase();
  return isSupportedLocale(lower) ? lower : null;
}
