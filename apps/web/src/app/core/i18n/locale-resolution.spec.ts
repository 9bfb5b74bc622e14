import { Locale } from '@jumush/contracts/client';
import { documentLanguageOf, localeFromSegment, localizedUrl, resolvePreferredLocale } from './locale-resolution';

describe('resolvePreferredLocale', () => {
  it('prefers the stored choice', () => {
    expect(resolvePreferredLocale('en', ['ky-KG', 'ru'])).toBe(Locale.English);
  });

  it('ignores a stored value that is not a supported locale', () => {
    expect(resolvePreferredLocale('de', ['ky-KG'])).toBe(Locale.Kyrgyz);
  });

  it('falls back to the first supported browser language', () => {
    expect(resolvePreferredLocale(null, ['de-DE', 'en-US', 'ru'])).toBe(Locale.English);
  });

  it('recognises Uzbek and Tajik browsers and stored choices', () => {
    expect(resolvePreferredLocale(null, ['uz-Latn-UZ', 'ru'])).toBe(Locale.Uzbek);
    expect(resolvePreferredLocale(null, ['uz'])).toBe(Locale.Uzbek);
    expect(resolvePreferredLocale(null, ['tg-TJ', 'ru-RU'])).toBe(Locale.Tajik);
    expect(resolvePreferredLocale('tg', ['ky'])).toBe(Locale.Tajik);
    expect(resolvePreferredLocale('uz', [])).toBe(Locale.Uzbek);
  });

  it('is Russian when nothing matches or nothing is known', () => {
    expect(resolvePreferredLocale(null, ['de', 'fr'])).toBe(Locale.Russian);
    expect(resolvePreferredLocale(undefined, [])).toBe(Locale.Russian);
    expect(resolvePreferredLocale(null, undefined)).toBe(Locale.Russian);
  });
});

describe('localizedUrl', () => {
  it('replaces the language and keeps the rest of the path, query and fragment', () => {
    expect(localizedUrl('/ru/register?as=employer#top', Locale.Kyrgyz)).toBe('/ky/register?as=employer#top');
    expect(localizedUrl('/ky', Locale.English)).toBe('/en');
    expect(localizedUrl('/ru/vacancies?page=2', Locale.Uzbek)).toBe('/uz/vacancies?page=2');
    expect(localizedUrl('/uz/vacancies', Locale.Tajik)).toBe('/tg/vacancies');
  });

  it('replaces an unsupported language tag', () => {
    expect(localizedUrl('/de/login', Locale.Russian)).toBe('/ru/login');
    expect(localizedUrl('/pt-BR/home', Locale.Russian)).toBe('/ru/home');
  });

  it('puts the language in front of a path without one', () => {
    expect(localizedUrl('/login', Locale.Russian)).toBe('/ru/login');
    expect(localizedUrl('/', Locale.Kyrgyz)).toBe('/ky');
    expect(localizedUrl('/?x=1', Locale.Kyrgyz)).toBe('/ky?x=1');
  });
});

describe('localeFromSegment', () => {
  it('recognises supported locales, ignoring case', () => {
    expect(localeFromSegment('ky')).toBe(Locale.Kyrgyz);
    expect(localeFromSegment('RU')).toBe(Locale.Russian);
    expect(localeFromSegment('uz')).toBe(Locale.Uzbek);
    expect(localeFromSegment('TG')).toBe(Locale.Tajik);
    expect(localeFromSegment('tj')).toBeNull();
    expect(localeFromSegment('de')).toBeNull();
    expect(localeFromSegment(null)).toBeNull();
  });
});

describe('documentLanguageOf', () => {
  it('names the script of Uzbek and leaves the others as they are', () => {
    expect(documentLanguageOf(Locale.Uzbek)).toBe('uz-Latn');
    expect([Locale.Kyrgyz, Locale.Russian, Locale.Tajik, Locale.English].map(documentLanguageOf)).toEqual(['ky', 'ru', 'tg', 'en']);
  });
});
