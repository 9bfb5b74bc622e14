/**
 * Journey: an attaché an admin just created signs in and may do nothing but switch on two-factor sign-in: scans the QR
 * code (here: reads the key beside it), confirms with the app's code and keeps the ten recovery codes shown once. Signs
 * out, signs in with a code from the app, signs out, and signs in with a recovery code, which works only once.
 */
import type { Browser } from 'playwright-core';
import { apiCall, apiLogin } from './support/api';
import { DEMO_PASSWORD, launchBrowser, logIn, newPhoneContext, screenshot } from './support/browser';
import { enterTotpCode } from './support/browser';
import { enrolOnPage } from './support/two-factor-page';

const PASSWORD = 'attache-two-factor-2026';

describe('two-factor sign-in of an attaché', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('enrols, signs in with a code, then with a recovery code that works once', async () => {
    const email = `attache-2fa-${Date.now()}@jumush.example`;
    const admin = await apiLogin('admin@demo.jumush.kg', DEMO_PASSWORD);
    await apiCall('POST', '/api/admin/accounts/attaches', admin, { email, password: PASSWORD, fullName: 'Бакыт Осмонов', originCountry: 'KG' });

    const context = await newPhoneContext(browser);
    await context.setExtraHTTPHeaders({ 'x-forwarded-for': '10.79.2.1' });
    const page = await context.newPage();
    try {
      // After the password: the enrolment, and only it.
      await logIn(page, 'ru', email, PASSWORD);
      await page.waitForURL((url) => url.pathname === '/ru/two-factor');
      await page.goto('/ru/attache/companies');
      await page.waitForURL((url) => url.pathname === '/ru/two-factor');
      await page.getByTestId('two-factor-required').waitFor();
      await screenshot(page, 'two-factor-enrolment');
      const { secret, recoveryCodes } = await enrolOnPage(page);
      expect(recoveryCodes).toHaveLength(10);
      await screenshot(page, 'two-factor-recovery-codes');
      // On to the page it was on the way to.
      await page.getByTestId('two-factor-continue').click();
      await page.waitForURL((url) => url.pathname === '/ru/attache/companies');

      // Out, and in again with a code from the app.
      await page.locator('#logout-button').click();
      await page.waitForURL((url) => url.pathname === '/ru');
      await logIn(page, 'ru', email, PASSWORD, secret);
      await page.waitForURL((url) => url.pathname === '/ru/home');

      // Out, and in with a recovery code (the phone is lost), typed with the keyboard only.
      await page.locator('#logout-button').click();
      await page.waitForURL((url) => url.pathname === '/ru');
      await logIn(page, 'ru', email, PASSWORD, undefined);
      await page.locator('#login-two-factor-code').waitFor();
      await page.getByTestId('toggle-recovery-code').focus();
      await page.keyboard.press('Enter');
      // The page moves the focus to the field on its next tick: type only once it is there (the first key went to
      // the button when the typing started earlier).
      await page.waitForFunction(() => document.activeElement?.id === 'login-recovery-code');
      await page.keyboard.type(recoveryCodes[0]);
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === '/ru/home');

      // The settings say so: on, nine codes left.
      await page.goto('/ru/notifications');
      await page.getByTestId('recovery-codes-left').filter({ hasText: '9' }).waitFor();

      // The same recovery code a second time: refused.
      await page.locator('#logout-button').click();
      await page.waitForURL((url) => url.pathname === '/ru');
      await logIn(page, 'ru', email, PASSWORD, undefined);
      await page.getByTestId('toggle-recovery-code').click();
      await page.locator('#login-recovery-code').fill(recoveryCodes[0]);
      await page.locator('#login-recovery-code').press('Enter');
      await page.locator('jm-problem-alert .problem').waitFor();
      expect(new URL(page.url()).pathname).toBe('/ru/login');
      // …and the app's code still lets the attaché in.
      await page.getByTestId('toggle-recovery-code').click();
      await enterTotpCode(page, secret);
      await page.waitForURL((url) => url.pathname === '/ru/home');
    } catch (error) {
      await screenshot(page, 'failure-two-factor').catch(() => undefined);
      throw error;
    } finally {
      await context.close();
    }
  });
});
