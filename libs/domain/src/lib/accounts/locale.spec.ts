import { Locale, SUPPORTED_LOCALES, isSupportedLocale, pickLocale } from './locale';

describe('locale choice', () => {
  it('speaks five languages, Kyrgyz first', () => {
    expect(SUPPORTED_LOCALES).toEqual(['ky', 'ru', 'uz', 'tg', 'en']);
    expect([...SUPPORTED_LOCALES].sort()).toEqual(Object.values(Locale).sort());
  });

  it('takes the first supported language of the browser list', () => {
    expect(pickLocale(['de-DE', 'ky-KG', 'ru'])).toBe(Locale.Kyrgyz);
    expect(pickLocale(['en_US'])).toBe(Locale.English);
    expect(pickLocale(['ru-KG', 'ky'])).toBe(Locale.Russian);
  });

  it.each([
    ['uz', Locale.Uzbek],
    ['uz-UZ', Locale.Uzbek],
    ['uz-Latn', Locale.Uzbek],
    ['uz-Latn-UZ', Locale.Uzbek],
    ['UZ_latn_uz', Locale.Uzbek],
    ['uz-Cyrl-UZ', Locale.Uzbek],
    ['tg', Locale.Tajik],
    ['tg-TJ', Locale.Tajik],
    ['tg-Cyrl-TJ', Locale.Tajik],
    ['ky', Locale.Kyrgyz],
    ['ky-Cyrl-KG', Locale.Kyrgyz],
    ['en-GB', Locale.English],
    ['ru-RU', Locale.Russian],
  ])('maps the browser tag %s to %s', (tag, locale) => {
    expect(pickLocale([tag], Locale.English === locale ? Locale.Russian : Locale.English)).toBe(locale);
  });

  it('skips Uzbek and Tajik in Arabic script, which our Latin and Cyrillic texts do not serve', () => {
    expect(pickLocale(['uz-Arab-AF', 'ru'], Locale.English)).toBe(Locale.Russian);
    expect(pickLocale(['tg-Arab', 'uz-Arab'], Locale.English)).toBe(Locale.English);
  });

  it('does not take a language that merely starts like a supported one', () => {
    expect(pickLocale(['uzb', 'tgk', 'kyr', 'rus', 'eng'], Locale.Tajik)).toBe(Locale.Tajik);
    expect(pickLocale([''], Locale.Uzbek)).toBe(Locale.Uzbek);
  });

  it('falls back to Russian, or to the given fallback', () => {
    expect(pickLocale(['de', 'fr'])).toBe(Locale.Russian);
    expect(pickLocale([], Locale.Kyrgyz)).toBe(Locale.Kyrgyz);
  });

  it('knows which values are supported', () => {
    for (const locale of ['ky', 'ru', 'uz', 'tg', 'en']) expect(isSupportedLocale(locale)).toBe(true);
    expect(isSupportedLocale('KY')).toBe(false);
    expect(isSupportedLocale('uz-Latn')).toBe(false);
    expect(isSupportedLocale('tj')).toBe(false);
    expect(isSupportedLocale(7)).toBe(false);
    expect(isSupportedLocale(null)).toBe(false);
  });
});
