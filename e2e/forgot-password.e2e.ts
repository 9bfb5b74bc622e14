/**
 * Journey: an employer who forgot the password. In the browser: "Forgot password?" on the sign-in page, the e-mail
 * address asked for; the worker sends the link (the stack's SMTP capture keeps the e-mail), the link from that e-mail
 * is opened in the browser, a new password is set, and the employer signs in with it. The old password, and the link
 * a second time, no longer work.
 */
import type { Browser } from 'playwright-core';
import { apiCall, apiLogin, apiSession } from './support/api';
import { DEMO_PASSWORD, launchBrowser, logIn, newPhoneContext, screenshot } from './support/browser';
import { capturedMessages, eventually, linksIn } from './support/messages';

const OLD_PASSWORD = 'forgotten-pass-2026';
const NEW_PASSWORD = 'remembered-pass-2027';

describe('an employer who forgot the password', () => {
  let browser: Browser;
  let adminToken: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    adminToken = await apiLogin('admin@demo.jumush.kg', DEMO_PASSWORD);
  });

  afterAll(async () => {
    await browser.close();
  });

  it('asks for a link, opens it from the e-mail, sets a new password and signs in with it', async () => {
    const email = `forgetful-${Date.now()}@kirpich.example`;
    await apiCall('POST', '/api/auth/register/employer', undefined, { email, password: OLD_PASSWORD, fullName: 'Ольга Забывчивая', locale: 'ru' });
    const { account } = await apiSession(email, OLD_PASSWORD);
    const context = await newPhoneContext(browser);
    await context.setExtraHTTPHeaders({ 'x-forwarded-for': '10.79.0.1' });
    const page = await context.newPage();
    try {
      const asked = new Date(Date.now() - 2_000).toISOString();
      await page.goto('/ru/login');
      await page.getByTestId('forgot-password-link').click();
      await page.waitForURL((url) => url.pathname === '/ru/forgot-password');
      await page.locator('#forgot-login').fill(email);
      await page.locator('#forgot-login').press('Enter');
      await page.getByTestId('reset-link-sent').waitFor();
      await screenshot(page, 'forgot-password-link-sent');

      const mail = await eventually(`the reset e-mail to ${email}`, async () =>
        (await capturedMessages(adminToken, 'EMAIL')).find((m) => m.recipient === email && m.createdAt >= asked && m.accountId === account.id),
      );
      expect(mail.subject).toBe('Сброс пароля Jumush');
      const [link] = linksIn(mail.body).filter((candidate) => candidate.includes('/reset-password/'));
      expect(link).toMatch(/\/ru\/reset-password\/[A-Za-z0-9_-]{43}$/);
      // Nothing of the secret in the notification centre: a signed-in device must not show it.
      const session = await apiSession(email, OLD_PASSWORD);
      const inApp = await apiCall<{ items: Array<{ type: string }> }>('GET', '/api/notifications?page=1&pageSize=50', session.token);
      expect(inApp.items.map((item) => item.type)).not.toContain('passwordResetLink');

      const target = new URL(link);
      await page.goto(`${target.pathname}${target.search}`);
      await page.locator('#reset-new-password').fill(NEW_PASSWORD);
      await page.locator('#reset-new-password').press('Enter');
      await page.waitForURL((url) => url.pathname === '/ru/login' && url.searchParams.get('reset') === '1');
      await page.getByTestId('password-was-reset').waitFor();

      await logIn(page, 'ru', email, NEW_PASSWORD);
      await page.waitForURL((url) => url.pathname === '/ru/home');
      await screenshot(page, 'forgot-password-signed-in');

      // The old password, the old session and the link a second time no longer work.
      await expect(apiLogin(email, OLD_PASSWORD)).rejects.toThrow(/401/);
      await expect(apiCall('GET', '/api/auth/me', session.token)).rejects.toThrow(/401/);
      await page.goto(`${target.pathname}${target.search}`);
      await page.locator('#reset-new-password').fill('third-password-2028');
      await page.locator('#reset-new-password').press('Enter');
      await page.getByTestId('reset-link-spent').waitFor();
      expect(await page.locator('[role=alert]').innerText()).toContain('уже использованы');
    } catch (error) {
      await screenshot(page, 'failure-forgot-password').catch(() => undefined);
      throw error;
    } finally {
      await context.close();
    }
  });
});
