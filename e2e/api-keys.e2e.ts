/**
 * Journey (issue 17): the company owner creates an API key in the browser, by keyboard, and copies its secret; the
 * HR system (this test) posts a vacancy with it; the vacancy waits for review in the owner's list like one made on
 * the site; the owner revokes the key and it stops working.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { vacancyTerms } from './support/api';
import { BASE_URL, DEMO_PASSWORD, launchBrowser, logIn, screenshot } from './support/browser';

const API_URL = process.env['E2E_API_URL'] ?? '';

/** A request of the HR system: the key in X-Api-Key or as a bearer token, no cookie, no browser. */
async function withKey(method: string, path: string, secret: string, body?: unknown, as: 'x-api-key' | 'bearer' = 'x-api-key') {
  const response = await fetch(`${API_URL}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(as === 'bearer' ? { authorization: `Bearer ${secret}` } : { 'x-api-key': secret }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('an HR system posts vacancies with the company’s API key', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ baseURL: BASE_URL, viewport: { width: 1280, height: 900 }, locale: 'ru-RU' });
    context.setDefaultTimeout(15_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('creates a key, posts a vacancy that waits for review, then revokes the key', async () => {
    try {
      await journey();
    } catch (error) {
      await screenshot(page, 'failure-api-keys').catch(() => undefined);
      throw error;
    }
  });

  async function journey(): Promise<void> {
    const suffix = Math.random().toString(36).slice(2, 8);
    const keyName = `1С:ЗУП ${suffix}`;
    const title = `Арматурщик из HR-системы ${suffix}`;

    // The owner opens the page from the navigation and creates a key with the keyboard alone.
    await logIn(page, 'ru', 'employer@demo.jumush.kg', DEMO_PASSWORD);
    await page.locator('#nav-api-keys').click();
    await page.waitForURL('**/ru/employer/api-keys');
    await page.locator('#api-key-name').focus();
    await page.keyboard.type(keyName);
    await page.getByTestId('api-key-scope-vacancies:write').locator('input').focus();
    await page.keyboard.press('Space');
    await page.locator('#api-key-name').focus();
    await page.keyboard.press('Enter');

    // The secret is shown once, with focus on it, and copied with the button.
    const panel = page.getByTestId('api-key-created');
    await panel.waitFor();
    expect(await panel.evaluate((element) => element === document.activeElement)).toBe(true);
    const secret = (await page.getByTestId('api-key-secret').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^jmk_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$/);
    await page.getByTestId('copy-api-key').click();
    await page.getByText('Ключ скопирован.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await screenshot(page, 'api-keys-created');
    await page.getByTestId('close-api-key-secret').click();
    // Waits for the panel to leave (count() right after the click raced the page's next render).
    await page.getByTestId('api-key-secret').waitFor({ state: 'detached' });
    // Gone for good: the list shows the key's hint, never its secret.
    expect(await page.getByTestId('api-keys').textContent()).not.toContain(secret.slice(-43));

    // The HR system posts and submits a vacancy through the key, under the site's own rules.
    const created = await withKey('POST', '/api/vacancies', secret, vacancyTerms(title));
    expect(created.status).toBe(201);
    const submitted = await withKey('POST', `/api/vacancies/mine/${String(created.body['id'])}/submit`, secret, undefined, 'bearer');
    expect([submitted.status, submitted.body['status']]).toEqual([200, 'PENDING_REVIEW']);
    // Outside the key's scopes: refused.
    expect((await withKey('GET', '/api/companies/mine', secret)).status).toBe(403);

    // The owner finds it among the vacancies waiting for review.
    await page.goto('/ru/employer/vacancies?status=PENDING_REVIEW');
    await page.getByTestId('employer-vacancy').filter({ hasText: title }).waitFor();
    expect(await page.getByTestId('employer-vacancy').filter({ hasText: title }).getAttribute('data-status')).toBe('PENDING_REVIEW');

    // The owner revokes the key (after confirming); the HR system is refused from then on.
    await page.goto('/ru/employer/api-keys');
    const row = page.getByTestId('api-keys').locator('li').filter({ hasText: keyName });
    await row.getByTestId('revoke-api-key').click();
    await row.getByTestId('confirm-revoke-api-key').click();
    await row.getByTestId('api-key-standing').filter({ hasText: 'Отозван' }).waitFor();
    await screenshot(page, 'api-keys-revoked');
    const refused = await withKey('GET', '/api/vacancies/mine', secret);
    expect([refused.status, refused.body['code']]).toEqual([401, 'apiKey.revoked']);
  }
});
