import { Locale, isSupportedLocale, pickLocale } from './locale';

describe('locale choice', () => {
  it('takes the first supported language of the browser list', () => {
    expect(pickLocale(['de-DE', 'ky-KG', 'ru'])).toBe(Locale.Kyrgyz);
    expect(pickLocale(['en_US'])).toBe(Locale.English);
  });

  it('falls back to Russian, or to the given fallback', () => {
    expect(pickLocale(['de', 'fr'])).toBe(Locale.Russian);
    expect(pickLocale([], Locale.Kyrgyz)).toBe(Locale.Kyrgyz);
  });

  it('knows which values are supported', () => {
    expect(isSupportedLocale('ky')).toBe(true);
    expect(isSupportedLocale('KY')).toBe(false);
    expect(isSupportedLocale(7)).toBe(false);
  });
});
