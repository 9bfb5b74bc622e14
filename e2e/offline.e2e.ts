/**
 * Journey (phone, slow 4G): a migrant switches to Kyrgyz, searches, saves and applies to a vacancy, then loses
 * the connection: the shell says so at once, their applications and saved vacancies still open (service
 * worker cache), the app itself reloads without a network, and the indicator goes away when the connection
 * returns.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { CURRENT_CONSENT_VERSION } from '@jumush/contracts/client';
import { confirmPhoneAsDelivered } from './support/api';
import { BASE_URL, launchBrowser, newPhoneContext, screenshot } from './support/browser';

const DEMO_VACANCY_TITLE = 'Сварщик на строительство жилого комплекса';
/** Chrome DevTools' "Slow 4G": 150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up. */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const API_URL = process.env['E2E_API_URL'] ?? '';

async function api<T>(method: string, path: string, token?: string, body?: unknown): Promise<T> {
  const response = await fetch(`${API_URL}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': `10.78.0.${Date.now() % 250}`,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A migrant whose number is confirmed and profile complete (the profile wizard has its own journey), who has not applied anywhere. */
async function readyMigrant(password: string): Promise<string> {
  const phone = `+99677${String(Date.now()).slice(-7)}`;
  await api('POST', '/api/auth/register/migrant', undefined, { phone, password, citizenship: 'KG', locale: 'ru' });
  const { accessToken } = await api<{ accessToken: string }>('POST', '/api/auth/login', undefined, { login: phone, password });
  await confirmPhoneAsDelivered(phone, accessToken);
  await api('PUT', '/api/candidates/me/personal', accessToken, {
    surname: 'Абдыкадыров',
    givenNames: 'Нурлан',
    surnameLatin: 'ABDYKADYROV',
    givenNamesLatin: 'NURLAN',
    birthDate: '1994-03-08',
    sex: 'MALE',
  });
  await api('PUT', '/api/candidates/me/skills', accessToken, {
    languages: [{ language: 'ru', level: 'CONVERSATIONAL' }],
    occupations: [{ occupationCode: '7212', years: 5 }],
    education: 'VOCATIONAL',
  });
  await api('PUT', '/api/candidates/me/passport', accessToken, {
    passportNumber: `AN${String(Date.now()).slice(-7)}`,
    passportExpiresOn: `${new Date().getUTCFullYear() + 5}-01-31`,
  });
  await api('PUT', '/api/candidates/me/consent', accessToken, { version: CURRENT_CONSENT_VERSION, accepted: true });
  return phone;
}

async function setNetwork(context: BrowserContext, cdp: CDPSession, online: boolean): Promise<void> {
  await context.setOffline(!online);
  await cdp.send('Network.emulateNetworkConditions', { ...SLOW_4G, offline: !online });
}

describe('a migrant on a phone that loses its connection', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('keeps applications and saved vacancies offline, says it is offline, and stops saying so when back online', async () => {
    const password = 'менин-сырсөзүм-2026';
    const phone = await readyMigrant(password);
    const context = await newPhoneContext(browser, 'ru-RU');
    context.setDefaultTimeout(30_000);
    const page: Page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await setNetwork(context, cdp, true);
    try {
      await page.goto('/ru/login');
      await page.locator('#login-identifier').fill(phone);
      await page.locator('#login-password').fill(password);
      await page.locator('button[type=submit]').click();
      await page.getByTestId('home-migrant').waitFor();

      // Kyrgyz, chosen from the shell.
      await page.locator('#language-switcher').selectOption('ky');
      await page.waitForURL(/\/ky\/home/);
      await page.waitForFunction(() => document.documentElement.lang === 'ky');

      // The service worker takes over once the app is stable; from then on what the migrant sees is cached.
      await page.waitForFunction(
        async () => {
          const registration = await navigator.serviceWorker?.getRegistration();
          return !!registration?.active;
        },
        undefined,
        { timeout: 45_000 },
      );
      await page.goto('/ky/vacancies');
      await page.waitForFunction(() => !!navigator.serviceWorker.controller);

      await page.locator('#search-q').fill('сварщик');
      const card = page.locator('[data-testid="vacancy-card"]', { hasText: DEMO_VACANCY_TITLE }).first();
      await card.waitFor();
      await card.locator('a').first().click();
      await page.getByTestId('save-vacancy').click();
      await page.getByTestId('apply').click();
      await page.getByTestId('applied').waitFor();
      await page.locator('#nav-my-applications').click();
      await page.getByTestId('my-application').first().waitFor();
      await screenshot(page, 'offline-1-applications-online-ky');

      // The connection drops.
      await setNetwork(context, cdp, false);
      const indicator = page.getByTestId('offline-indicator');
      await indicator.waitFor();
      expect(await indicator.innerText()).toContain('Интернет жок');
      // The network is really gone, for the service worker too: a request never made before fails.
      expect(
        await page.evaluate(async () => (await fetch(`/api/public/vacancies?q=never-seen-${Date.now()}`).catch(() => null))?.status ?? 0),
      ).not.toBe(200);

      // Their applications still open, from the service worker's cache.
      await page.locator('#nav-vacancies').click();
      await page.waitForURL(/\/ky\/vacancies/);
      await page.locator('#nav-my-applications').click();
      const application = page.getByTestId('my-application').first();
      await application.waitFor();
      expect(await application.innerText()).toContain(DEMO_VACANCY_TITLE);
      await screenshot(page, 'offline-2-applications-offline-ky');

      await page.locator('#nav-saved').click();
      await page.getByTestId('saved-vacancy').first().waitFor();
      expect(await page.getByTestId('saved-vacancy').first().innerText()).toContain(DEMO_VACANCY_TITLE);

      // Even a reload works without a network: the shell and the last-seen vacancies come from the cache.
      await page.goto('/ky/vacancies');
      await page.getByTestId('offline-indicator').waitFor();
      await page.locator('[data-testid="vacancy-card"]').first().waitFor();
      await screenshot(page, 'offline-3-search-reloaded-offline-ky');

      // The connection returns: the indicator goes away.
      await setNetwork(context, cdp, true);
      await page.getByTestId('offline-indicator').waitFor({ state: 'detached' });
      await screenshot(page, 'offline-4-back-online-ky');
      expect(BASE_URL).toMatch(/^http:\/\/localhost:/);
    } catch (error) {
      await screenshot(page, 'failure-offline').catch(() => undefined);
      throw error;
    } finally {
      await context.close();
    }
  });
});
