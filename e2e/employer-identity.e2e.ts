/**
 * Journey: an employer proves the address, invites a colleague, and removes them. In the browser: a new employer
 * registers and finds the employer pages waiting behind "confirm your e-mail"; the confirmation link from the
 * captured e-mail opens and the pages open up. The owner invites a colleague on the company page; the colleague
 * opens the invitation link from the captured e-mail, registers from it and comes back, confirms the address from
 * their own e-mail, accepts and sees the company. The owner removes them, and the colleague's access ends.
 */
import type { Browser, Page } from 'playwright-core';
import { apiCall, apiLogin, apiSession, registerCompany } from './support/api';
import { DEMO_PASSWORD, launchBrowser, newPhoneContext, screenshot } from './support/browser';
import { eventually, mailedLink as mailedLinkOf } from './support/messages';

const PASSWORD = 'identity-pass-2026';

describe('an employer proves the address, invites a colleague and removes them', () => {
  let browser: Browser;
  let adminToken: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    adminToken = await apiLogin('admin@demo.jumush.kg', DEMO_PASSWORD);
  });

  afterAll(async () => {
    await browser.close();
  });

  const mailedLink = (address: string, kind: '/verify-email/' | '/invitations/') => mailedLinkOf(adminToken, address, kind);

  async function newPage(ip: string): Promise<Page> {
    const context = await newPhoneContext(browser);
    await context.setExtraHTTPHeaders({ 'x-forwarded-for': ip });
    return context.newPage();
  }

  async function registerEmployer(page: Page, fullName: string, email?: string): Promise<void> {
    await page.locator('#register-as-employer').waitFor();
    if (email) await page.locator('#register-email').fill(email);
    await page.locator('#register-full-name').fill(fullName);
    await page.locator('#register-password').fill(PASSWORD);
    await page.locator('#register-password').press('Enter');
  }

  it('registers, confirms, invites; the colleague joins through the link and loses access when removed', async () => {
    const stamp = Date.now();
    const ownerEmail = `owner-${stamp}@kirpich.example`;
    const colleagueEmail = `colleague-${stamp}@kirpich.example`;
    const owner = await newPage('10.80.0.1');
    const colleague = await newPage('10.80.0.2');
    try {
      // The owner registers in the browser: the employer pages wait behind the banner instead of failing.
      await owner.goto('/ru/register?as=employer');
      await registerEmployer(owner, 'Ольга Владелец', ownerEmail);
      await owner.waitForURL((url) => url.pathname === '/ru/home');
      await owner.getByTestId('email-verification-banner').filter({ hasText: ownerEmail }).waitFor();
      await owner.goto('/ru/employer/company');
      await owner.getByTestId('email-verification-banner').waitFor();
      expect(await owner.getByTestId('company-card').count()).toBe(0);
      await screenshot(owner, 'identity-confirm-banner');

      // The confirmation link from the e-mail; the pages open up.
      await owner.goto(await mailedLink(ownerEmail, '/verify-email/'));
      await owner.getByTestId('email-confirmed').waitFor();
      await owner.getByTestId('verify-email-continue').click();
      await owner.waitForURL((url) => url.pathname === '/ru/home');
      await owner.getByTestId('home-employer').waitFor();
      expect(await owner.getByTestId('email-verification-banner').count()).toBe(0);

      // Then acts: a company of their own (registered the quick way), and a colleague invited on its page.
      const { token: ownerToken } = await apiSession(ownerEmail, PASSWORD);
      const { legalName } = await registerCompany(ownerToken, ownerEmail);
      await owner.goto('/ru/employer/company');
      await owner.getByTestId('company-card').filter({ hasText: legalName }).waitFor();
      await owner.locator('#invite-email').fill(colleagueEmail);
      await owner.getByTestId('invite-member').click();
      await owner.getByTestId('invitations').filter({ hasText: colleagueEmail }).waitFor();

      // The colleague opens the invitation from the e-mail, signed out: the company and the inviter, and a way in.
      const invitation = await mailedLink(colleagueEmail, '/invitations/');
      await colleague.goto(invitation);
      await colleague.getByTestId('invitation-text').filter({ hasText: legalName }).waitFor();
      expect(await colleague.getByTestId('invitation-text').innerText()).toContain('Ольга Владелец');
      await colleague.getByTestId('invitation-register').click();
      await colleague.waitForURL((url) => url.pathname === '/ru/register');
      expect(await colleague.locator('#register-email').inputValue()).toBe(colleagueEmail);
      await registerEmployer(colleague, 'Азамат Коллегов');
      // Back on the invitation: accepting waits for the confirmed address.
      await colleague.waitForURL((url) => url.pathname === invitation);
      await colleague.getByTestId('email-verification-banner').waitFor();
      expect(await colleague.getByTestId('invitation-accept').count()).toBe(0);

      await colleague.goto(await mailedLink(colleagueEmail, '/verify-email/'));
      await colleague.getByTestId('email-confirmed').waitFor();
      await colleague.goto(invitation);
      await colleague.getByTestId('invitation-accept').click();
      await colleague.waitForURL((url) => url.pathname === '/ru/employer/company');
      await colleague.getByTestId('company-card').filter({ hasText: legalName }).waitFor();
      await screenshot(colleague, 'identity-colleague-joined');

      // The owner removes the colleague; the colleague's next look finds no company.
      await owner.reload();
      await owner.getByTestId('members').filter({ hasText: 'Азамат Коллегов' }).waitFor();
      const row = owner.getByTestId('members').locator('li', { hasText: 'Азамат Коллегов' });
      await row.getByTestId('remove-member').click();
      await row.getByTestId('confirm-remove-member').click();
      await eventually('the colleague gone from the list', async () =>
        (await owner.getByTestId('members').innerText()).includes('Азамат Коллегов') ? null : true,
      );
      const { token: colleagueToken } = await apiSession(colleagueEmail, PASSWORD);
      await expect(apiCall('GET', '/api/companies/mine', colleagueToken)).rejects.toThrow(/→ 404/);
      await colleague.reload();
      await colleague.locator('#company-title').waitFor();
      await colleague.locator('jm-company-form').waitFor();
      expect(await colleague.getByTestId('company-card').count()).toBe(0);
    } catch (error) {
      await screenshot(owner, 'failure-identity-owner').catch(() => undefined);
      await screenshot(colleague, 'failure-identity-colleague').catch(() => undefined);
      throw error;
    }
  });
});
