/**
 * Journey: the first admin of an installation. `npm run admin:create` (the real command, against this stack's database)
 * prints a one-time set-up link; its owner opens it in the browser, sets a password, signs in, and must switch on
 * two-factor sign-in (an admin's role requires it) before anything else. The link works once.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { apiCall, apiSession } from './support/api';
import { BASE_URL, launchBrowser, logIn, newPhoneContext, screenshot } from './support/browser';
import { enrolOnPage } from './support/two-factor-page';

const PASSWORD = 'first-admin-pass-2026';

describe('the first admin, created by the command', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('opens the printed set-up link, sets a password, enrols in two-factor, signs in as admin; the link works once', async () => {
    const email = `first-admin-${Date.now()}@jumush.example`;
    const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'admin:create', '--', '--email', email, '--web-url', BASE_URL], {
      env: { ...process.env, DATABASE_URL: process.env['E2E_DATABASE_URL'] },
      timeout: 120_000,
    });
    const link = stdout.match(/https?:\/\/\S+\/ru\/account-setup\/[A-Za-z0-9_-]{43}/)?.[0];
    expect(link).toBeDefined();
    const target = new URL(link!);

    const context = await newPhoneContext(browser);
    await context.setExtraHTTPHeaders({ 'x-forwarded-for': '10.79.1.1' });
    const page = await context.newPage();
    try {
      await page.goto(`${target.pathname}${target.search}`);
      await page.locator('#reset-new-password').fill(PASSWORD);
      await page.locator('#reset-new-password').press('Enter');
      await page.waitForURL((url) => url.pathname === '/ru/login');
      await logIn(page, 'ru', email, PASSWORD);
      // Nothing but the enrolment until two-factor is on.
      await page.waitForURL((url) => url.pathname === '/ru/two-factor');
      await page.getByTestId('two-factor-required').waitFor();
      const { secret } = await enrolOnPage(page);
      await page.getByTestId('two-factor-continue').click();
      await page.waitForURL((url) => url.pathname === '/ru/home');
      await screenshot(page, 'first-admin-signed-in');
      const { token } = await apiSession(email, PASSWORD, secret);
      expect((await apiCall<{ role: string }>('GET', '/api/auth/me', token)).role).toBe('ADMIN');

      // A second use of the link sets nothing.
      await page.goto(`${target.pathname}${target.search}`);
      await page.locator('#reset-new-password').fill('second-try-pass-2026');
      await page.locator('#reset-new-password').press('Enter');
      await page.getByTestId('reset-link-spent').waitFor();
    } catch (error) {
      await screenshot(page, 'failure-first-admin').catch(() => undefined);
      throw error;
    } finally {
      await context.close();
    }
  });
});
