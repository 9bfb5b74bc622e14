/** Migrants of any citizenship, registered through the API with a proven number, a complete profile and consent: ready to apply. */
import { randomInt } from 'node:crypto';
import { CURRENT_CONSENT_VERSION, type SessionView } from '@jumush/contracts';
import { HOME_OF, PERSONAL, SKILLS, uniquePassport } from './candidate-fixtures';
import { TEST_PASSWORD, uniqueClientIp, uniqueKyrgyzPhone, verifyPhoneOf, type TestApi } from './test-api';

/** The countries the migrations seed, each with a home region tests use. */
export type SeededCountry = keyof typeof HOME_OF;

/** A mobile number of the country no other test uses. */
export function uniquePhoneOf(country: SeededCountry): string {
  const digits = randomInt(0, 10_000_000).toString().padStart(7, '0');
  if (country === 'UZ') return `+99890${digits}`;
  if (country === 'TJ') return `+99290${digits}`;
  return uniqueKyrgyzPhone();
}

export async function readyMigrantOf(api: TestApi, country: SeededCountry): Promise<SessionView & { login: string }> {
  const login = uniquePhoneOf(country);
  const registered = await api.request('POST', '/api/auth/register/migrant', {
    body: { phone: login, password: TEST_PASSWORD, citizenship: country },
  });
  if (registered.status !== 201) throw new Error(`registration failed: ${registered.status} ${JSON.stringify(registered.body)}`);
  const session = await api.request<SessionView>('POST', '/api/auth/login', {
    body: { login, password: TEST_PASSWORD },
    headers: { 'x-forwarded-for': uniqueClientIp() },
  });
  if (session.status !== 200) throw new Error(`login failed: ${session.status}`);
  await verifyPhoneOf(api, session.body);
  const put = async (step: string, body: unknown) => {
    const response = await api.request('PUT', `/api/candidates/me/${step}`, { token: session.body.accessToken, body });
    if (response.status !== 200) throw new Error(`${step} failed: ${response.status} ${JSON.stringify(response.body)}`);
  };
  await put('personal', PERSONAL);
  await put('residence', HOME_OF[country]);
  await put('skills', SKILLS);
  await put('passport', { passportNumber: uniquePassport(), passportExpiresOn: `${new Date().getUTCFullYear() + 5}-01-01` });
  await put('consent', { version: CURRENT_CONSENT_VERSION, accepted: true });
  return { ...session.body, login };
}
