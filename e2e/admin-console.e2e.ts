/**
 * Journey: the admin's console (issue 15). The admin finds an account, creates a labour attaché for Uzbekistan covering
 * one Russian region; the attaché opens the set-up link from the e-mail, sets a password and signs in. The admin
 * disables the account (its sign-in is refused) and enables it again, resets its two-factor sign-in (a lost phone: the
 * attaché is sent to the enrolment at the next sign-in), then verifies the audit chain and sees its head.
 * Signing in goes through the shared helpers (support/browser logIn, support/api apiSession) only.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiSession } from './support/api';
import { DEMO_PASSWORD, launchBrowser, logIn, newPhoneContext, screenshot } from './support/browser';
import { mailedLink } from './support/messages';
import { enrolOnPage } from './support/two-factor-page';

const ATTACHE_PASSWORD = 'attache-console-2026';

describe('the admin’s console', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  // The new attaché enrols and signs in again: each sign-in may wait for the authenticator's next step (a code works once).
  it('search, a new attaché who sets a password through the e-mailed link, disable and enable, the audit chain', async () => {
    const email = `attache-uz-${Date.now()}@jumush.example`;
    const admin = await newPhoneContext(browser);
    await admin.setExtraHTTPHeaders({ 'x-forwarded-for': '10.79.2.1' });
    const page = await admin.newPage();
    let attache: BrowserContext | null = null;
    let attachePage: Page | null = null;
    const search = async (text: string) => {
      await page.locator('#accounts-q').fill(text);
      await page.locator('#accounts-q').press('Enter');
    };
    const rowOf = (text: string) => page.getByTestId('account').filter({ hasText: text });
    try {
      await logIn(page, 'ru', 'admin@demo.jumush.kg', DEMO_PASSWORD);
      await page.waitForURL((url) => url.pathname === '/ru/home');
      await page.getByTestId('home-admin-accounts').click();
      await page.waitForURL((url) => url.pathname === '/ru/admin/accounts');

      // Search: the demo attaché of Uzbekistan.
      await search('attache.uz@demo');
      await rowOf('attache.uz@demo.jumush.kg').waitFor();

      // A new attaché for Uzbekistan covering St Petersburg (78), reading Uzbek; chosen with the keyboard.
      await page.locator('#attache-email').fill(email);
      await page.locator('#attache-name').fill('Dilnoza Karimova');
      await page.locator('#attache-country').selectOption('UZ');
      await page.locator('[data-region="78"]').check();
      await page.locator('#attache-locale').selectOption('uz');
      await page.getByTestId('create-attache').click();
      await page.getByTestId('attache-created').filter({ hasText: email }).waitFor();
      await screenshot(page, 'admin-console-attache-created');

      // The attaché opens the set-up link from the e-mail, sets a password and signs in.
      const adminToken = (await apiSession('admin@demo.jumush.kg', DEMO_PASSWORD)).token;
      const link = await mailedLink(adminToken, email, '/account-setup/');
      expect(link.startsWith('/uz/account-setup/')).toBe(true);
      attache = await newPhoneContext(browser, 'uz-UZ');
      await attache.setExtraHTTPHeaders({ 'x-forwarded-for': '10.79.2.2' });
      attachePage = await attache.newPage();
      await attachePage.goto(link);
      await attachePage.locator('#reset-new-password').fill(ATTACHE_PASSWORD);
      await attachePage.locator('#reset-new-password').press('Enter');
      await attachePage.waitForURL((url) => url.pathname === '/uz/login');
      await logIn(attachePage, 'uz', email, ATTACHE_PASSWORD);
      // An attaché must use two-factor sign-in: the first sign-in leads to the enrolment, then on to the home page.
      await attachePage.waitForURL((url) => url.pathname === '/uz/two-factor');
      const { secret } = await enrolOnPage(attachePage);
      await attachePage.getByTestId('two-factor-continue').click();
      await attachePage.waitForURL((url) => url.pathname === '/uz/home');
      await attachePage.getByTestId('home-attache').waitFor();
      const session = await apiSession(email, ATTACHE_PASSWORD, secret);
      expect(session.account.locale).toBe('uz');

      // The admin disables the new account: its sign-in is refused; then enables it again.
      await search(email);
      const row = rowOf(email);
      await row.getByTestId('account-regions').filter({ hasText: 'Санкт-Петербург' }).waitFor();
      await row.getByTestId('disable-account').click();
      await row.getByTestId('confirm-account-action').click();
      await row.getByTestId('account-disabled').waitFor();
      await expect(apiSession(email, ATTACHE_PASSWORD, secret)).rejects.toThrow(/401/);
      await row.getByTestId('enable-account').focus();
      await page.keyboard.press('Enter');
      await row.getByTestId('confirm-account-action').focus();
      await page.keyboard.press('Enter');
      await row.getByTestId('disable-account').waitFor();
      expect(await row.getByTestId('account-disabled').count()).toBe(0);
      expect((await apiSession(email, ATTACHE_PASSWORD, secret)).token).toBeTruthy();

      // A lost phone: the admin resets the attaché's two-factor sign-in (confirmed); the row says it is not set up, and
      // the attaché's next sign-in leads to the enrolment again.
      await row.getByTestId('account-two-factor').and(page.locator('[data-enrolled="yes"]')).waitFor();
      await row.getByTestId('reset-two-factor').click();
      await row.getByTestId('confirm-account-action').click();
      await row.getByTestId('account-two-factor').and(page.locator('[data-enrolled="no"]')).waitFor();
      expect(await row.getByTestId('reset-two-factor').count()).toBe(0);
      await attache.close();
      attache = await newPhoneContext(browser, 'uz-UZ');
      await attache.setExtraHTTPHeaders({ 'x-forwarded-for': '10.79.2.2' });
      attachePage = await attache.newPage();
      await logIn(attachePage, 'uz', email, ATTACHE_PASSWORD, undefined);
      await attachePage.waitForURL((url) => url.pathname === '/uz/two-factor');
      await screenshot(attachePage, 'admin-console-two-factor-reset-enrol-again');

      // The audit chain: verified from the page, with its head hash.
      await page.goto('/ru/home');
      await page.getByTestId('home-admin-audit').click();
      await page.waitForURL((url) => url.pathname === '/ru/admin/audit');
      await page.getByTestId('verify-chain').click();
      await page.getByTestId('chain-ok').waitFor();
      expect(await page.getByTestId('chain-head-hash').innerText()).toMatch(/^[0-9a-f]{64}$/);
      await screenshot(page, 'admin-console-audit-verified');
    } catch (error) {
      await screenshot(page, 'failure-admin-console').catch(() => undefined);
      if (attachePage) await screenshot(attachePage, 'failure-admin-console-attache').catch(() => undefined);
      throw error;
    } finally {
      await attache?.close();
      await admin.close();
    }
  }, 180_000);
});
