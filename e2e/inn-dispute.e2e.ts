/**
 * Journey: a claimed INN disputed through the attaché (issue 13, item 8). Someone registered the real company's INN
 * first. In the browser, the real company's employer is refused with "already registered", takes "this INN is ours —
 * dispute it", writes a statement and attaches a document. An attaché of another country opens the disputes page,
 * reads the statement and upholds the dispute with a reason. The claimant now finds the company on their company
 * page and the decision in their notification centre; the first holder's session has ended.
 */
import type { Browser, Page } from 'playwright-core';
import { apiCall, apiLogin, employerWithNewCompany, employerWithoutCompany } from './support/api';
import { DEMO_PASSWORD, launchBrowser, logIn, newPhoneContext, screenshot } from './support/browser';
import { eventually, inAppMessages } from './support/messages';

const PASSWORD = 'dispute-pass-2026';
const STATEMENT = 'Мы — эта компания: выписка из ЕГРЮЛ называет нашего директора, который подписал это заявление.';
const REASON = 'Выписка из ЕГРЮЛ подтверждает, что компания принадлежит заявителю';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');

describe('a claimed INN disputed through the attaché', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  async function newPage(ip: string): Promise<Page> {
    const context = await newPhoneContext(browser);
    await context.setExtraHTTPHeaders({ 'x-forwarded-for': ip });
    return context.newPage();
  }

  it('the refused company disputes the INN, another country’s attaché upholds it, and the company is the claimant’s', async () => {
    const holder = await employerWithNewCompany(PASSWORD, 'ru');
    const { inn } = await apiCall<{ inn: string }>('GET', '/api/companies/mine', holder.token);
    const claimant = await employerWithoutCompany(PASSWORD, 'ru');
    const claimantPage = await newPage('10.81.0.1');
    const attachePage = await newPage('10.81.0.2');
    try {
      // The real company registers and is refused: the INN is taken. The page offers the dispute.
      await logIn(claimantPage, 'ru', claimant.email, PASSWORD);
      await claimantPage.waitForURL((url) => url.pathname === '/ru/home');
      await claimantPage.goto('/ru/employer/company');
      await claimantPage.locator('#company-legal-name').fill('ООО «Настоящая»');
      await claimantPage.locator('#company-inn').fill(inn);
      await claimantPage.locator('#company-ogrn').fill('1027700132195');
      await claimantPage.locator('#company-address').fill('г. Москва, ул. Честная, д. 1');
      await claimantPage.locator('#company-region').selectOption('77');
      await claimantPage.locator('#company-contact').fill('Анна Настоящая');
      await claimantPage.locator('#company-phone').fill('+7 916 111-11-11');
      await claimantPage.locator('#company-email').fill(claimant.email);
      await claimantPage.getByTestId('register-company').click();
      await claimantPage.getByTestId('dispute-inn').click();
      expect(await claimantPage.locator('#dispute-inn').inputValue()).toBe(inn);
      await claimantPage.locator('#dispute-statement').fill(STATEMENT);
      await claimantPage.getByTestId('dispute-file').setInputFiles({ name: 'egrul.pdf', mimeType: 'application/pdf', buffer: PDF });
      await claimantPage.getByTestId('dispute-submit').click();
      await claimantPage.getByTestId('dispute-filed').waitFor();
      await claimantPage.locator('[data-testid="my-dispute"][data-status="OPEN"]').filter({ hasText: inn }).waitFor();
      // The claimant's page names nothing of the company as its holder registered it.
      expect(await claimantPage.locator('body').innerText()).not.toContain(holder.legalName);
      await screenshot(claimantPage, 'inn-dispute-filed');

      // An attaché of another country decides it.
      await logIn(attachePage, 'ru', 'attache.tj@demo.jumush.kg', DEMO_PASSWORD);
      await attachePage.waitForURL((url) => url.pathname === '/ru/home');
      await attachePage.goto('/ru/attache/disputes');
      const item = attachePage.locator(`[data-testid="dispute-item"][data-inn="${inn}"]`);
      await item.waitFor();
      expect(await item.innerText()).toContain(holder.legalName);
      expect(await item.getByTestId('dispute-statement').innerText()).toBe(STATEMENT);
      await item.getByTestId('dispute-reason').fill(REASON);
      await screenshot(attachePage, 'inn-dispute-attache');
      await item.getByTestId('dispute-uphold').click();
      await attachePage.getByTestId('dispute-decided').waitFor();

      // The company is the claimant's now.
      await claimantPage.goto('/ru/employer/company');
      await claimantPage.getByTestId('company-card').filter({ hasText: holder.legalName }).waitFor();
      const told = await eventually('companyDisputeUpheld in the claimant’s centre', async () =>
        (await inAppMessages(claimant.token)).find((n) => n.type === 'companyDisputeUpheld'),
      );
      expect(told.body).toContain(inn);
      expect(told.body).toContain(REASON);

      // The first holder's session ended with the decision.
      const after = await fetch(`${process.env['E2E_API_URL'] ?? ''}/api/companies/mine`, { headers: { authorization: `Bearer ${holder.token}` } });
      expect(after.status).toBe(401);
      const again = await apiLogin(holder.email, PASSWORD);
      const none = await fetch(`${process.env['E2E_API_URL'] ?? ''}/api/companies/mine`, { headers: { authorization: `Bearer ${again}` } });
      expect(none.status).toBe(404);
    } finally {
      await claimantPage.context().close();
      await attachePage.context().close();
    }
  });
});
