import type { AccountView, ProblemDetails } from '@jumush/contracts';
import { SUPPORTED_LOCALES } from '@jumush/domain';
import { TEST_PASSWORD, registerAndLogin, startTestApi, uniqueKyrgyzPhone, type TestApi } from '../../testing/test-api';

describe("an account's language (real PostgreSQL)", () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api.close();
  });

  it.each([...SUPPORTED_LOCALES])('is stored as %s and read back', async (locale) => {
    const session = await registerAndLogin(api);
    const changed = await api.request<AccountView>('PATCH', '/api/accounts/me/locale', { token: session.accessToken, body: { locale } });
    expect(changed.status).toBe(200);
    expect(changed.body.locale).toBe(locale);
    const read = await api.request<AccountView>('GET', `/api/accounts/${session.account.id}`, { token: session.accessToken });
    expect(read.body.locale).toBe(locale);
  });

  it.each(['uz-Latn', 'tj', 'UZ', 'fa', ''])('refuses %p with a field error the web translates', async (locale) => {
    const session = await registerAndLogin(api);
    const refused = await api.request<ProblemDetails>('PATCH', '/api/accounts/me/locale', { token: session.accessToken, body: { locale } });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('validation.failed');
    expect(new Set(refused.body.errors?.map((error) => error.field))).toEqual(new Set(['locale']));
    expect(refused.body.errors?.every((error) => error.code.startsWith('validation.'))).toBe(true);
  });

  it('can be chosen at registration in Uzbek or Tajik', async () => {
    for (const locale of ['uz', 'tg']) {
      const registered = await api.request<AccountView>('POST', '/api/auth/register/migrant', {
        body: { phone: uniqueKyrgyzPhone(), password: TEST_PASSWORD, citizenship: 'KG', locale },
      });
      expect([registered.status, registered.body.locale]).toEqual([201, locale]);
    }
  });

  it('names the origin countries in every language', async () => {
    const countries = await api.request<{ code: string; names: Record<string, string> }[]>('GET', '/api/origin-countries');
    expect(countries.status).toBe(200);
    const kyrgyzstan = countries.body.find((country) => country.code === 'KG');
    expect(kyrgyzstan?.names).toEqual({ ky: 'Кыргызстан', ru: 'Киргизия', uz: 'Qirgʻiziston', tg: 'Қирғизистон', en: 'Kyrgyzstan' });
  });
});
