/**
 * Journey: no recruitment fees, in Kyrgyz on a 360 px phone. A migrant who arrived at a new employer's job sees the
 * terms promised at approval, reports the actual terms (below the promise), then reports a fee paid to a named
 * intermediary. With the fee reported earlier, that is the second fee report in 90 days: the red-flag rule trips,
 * the employer goes under review, and the attaché sees the flag with its evidence on the company page and suspends
 * the employer in one action, through the existing suspension. The employer is the journey's own, so suspending it
 * disturbs no other journey.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { apiCall, apiSession, employerWithNewCompany, migrantWhoApplied, publishedVacancy } from './support/api';
import { DEMO_PASSWORD, launchBrowser, logIn, newPhoneContext, screenshot } from './support/browser';

const PASSWORD = 'migrant-pass-2026';
const INTERMEDIARY = 'Кара-ортомчу Асан';
const ky = JSON.parse(readFileSync(join(__dirname, '../apps/web/public/i18n/ky.json'), 'utf8')) as Record<string, Record<string, unknown>>;
const kyWord = (key: string): string => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], ky) as string;

describe('promised versus actual, fee reports and red flags', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('a migrant reports the job and a fee in Kyrgyz; the attaché sees the red flag with its evidence and suspends the employer', async () => {
    let page: Page | undefined;
    let staffPage: Page | undefined;
    try {
      // Set-up through the API: a new employer verified for Kyrgyzstan, a published vacancy (90 000 ₽, 40 h), one
      // Kyrgyz migrant approved in a batch (the batch freezes the terms), departed and arrived.
      const attache = (await apiSession('attache@demo.jumush.kg', DEMO_PASSWORD)).token;
      const employer = await employerWithNewCompany(PASSWORD, 'ru');
      await apiCall('POST', `/api/verification/companies/${employer.companyId}/verify`, attache);
      const stamp = String(Date.now()).slice(-6);
      const vacancyId = await publishedVacancy(employer.token, attache, `Каменщик, обещанное ${stamp}`);
      const migrant = await migrantWhoApplied(
        vacancyId,
        { surname: 'Токтогулов', givenNames: 'Азамат', surnameLatin: 'Toktogulov', givenNamesLatin: 'Azamat' },
        PASSWORD,
      );
      await apiCall('POST', `/api/vacancies/mine/${vacancyId}/applications/decisions`, employer.token, {
        decision: 'shortlist',
        applicationIds: [migrant.applicationId],
      });
      const batch = await apiCall<{ id: string }>('POST', '/api/batches', employer.token, { vacancyId, applicationIds: [migrant.applicationId] });
      await apiCall('POST', `/api/batches/${batch.id}/submit`, employer.token);
      await apiCall(
        'POST',
        `/api/attache/batches/${batch.id}/decision`,
        attache,
        { kind: 'APPROVE_ALL' },
        { 'idempotency-key': `e2e-pva-${batch.id}` },
      );
      await apiCall('POST', `/api/applications/mine/${migrant.applicationId}/depart`, migrant.token, {});
      await apiCall('POST', `/api/applications/mine/${migrant.applicationId}/arrive`, migrant.token, {});
      // A first fee, reported earlier (a week ago): one report alone is below the rule's threshold.
      const weekAgo = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
      await apiCall('POST', '/api/work-reports/fees', migrant.token, {
        applicationId: migrant.applicationId,
        amountRoubles: 10_000,
        state: 'demanded',
        intermediaryName: INTERMEDIARY,
        happenedOn: weekAgo,
      });
      const before = await apiCall<{ redFlags: unknown[] }>('GET', `/api/attache/companies/${employer.companyId}/after-arrival`, attache);
      expect(before.redFlags).toEqual([]);

      // The migrant, in Kyrgyz: the promise beside the report.
      const context = await newPhoneContext(browser, 'ky-KG');
      await context.setExtraHTTPHeaders({ 'x-forwarded-for': `10.83.${Number(stamp) % 250}.1` });
      page = await context.newPage();
      await logIn(page, 'ky', migrant.phone, PASSWORD);
      await page.getByTestId('home-migrant').waitFor();
      await page.goto(`/ky/applications/${migrant.applicationId}`);
      await page.locator('[data-testid="application-page"][data-status="ARRIVED"]').waitFor();
      const panel = page.getByTestId('promised-vs-actual');
      await panel.getByTestId('pva-table').waitFor();
      expect(await panel.locator('h2').innerText()).toBe(kyWord('workReports.title'));
      expect(await panel.getByTestId('promised-wage').innerText()).toMatch(/90\s?000/);

      // What the job is really like: 70 000 ₽, 60 hours, housing worse.
      await page.locator('#pva-wage').fill('70000');
      await page.locator('#pva-hours').fill('60');
      await page.locator('#pva-housing').selectOption('worse');
      await page.getByTestId('send-terms').click();
      await page.locator('[data-testid="pva-differences"][data-count="3"]').waitFor();
      expect(await page.getByTestId('pva-differences').innerText()).toContain(kyWord('workReports.difference.wageBelow') as string);

      // The fee: 25 000 ₽ paid to the intermediary, with a phone.
      await page.getByTestId('fee-amount').fill('25000');
      await page.getByTestId('fee-state-paid').check();
      await page.getByTestId('fee-intermediary').fill(INTERMEDIARY);
      await page.getByTestId('fee-phone').fill('+996 555 010 203');
      await page.getByTestId('send-fee').click();
      await page.getByTestId('report-done').waitFor();
      expect(await page.getByTestId('report-done').innerText()).toBe(kyWord('workReports.done.fee'));
      expect(await page.getByTestId('my-fee').count()).toBe(2);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await screenshot(page, 'promised-vs-actual-fee-ky');
      await context.close();

      // The attaché: the employer under review, the flag with both fee reports as evidence, and one-action suspension.
      const staffContext = await newPhoneContext(browser, 'ru-RU');
      await staffContext.setExtraHTTPHeaders({ 'x-forwarded-for': `10.84.${Number(stamp) % 250}.1` });
      staffPage = await staffContext.newPage();
      await logIn(staffPage, 'ru', 'attache@demo.jumush.kg', DEMO_PASSWORD);
      await staffPage.waitForURL((url) => !url.pathname.endsWith('/login'));
      await staffPage.goto(`/ru/attache/companies/${employer.companyId}`);
      const flag = staffPage.locator('[data-testid="red-flag"][data-rule="fees90"][data-status="UNDER_REVIEW"]');
      await flag.waitFor();
      await staffPage.getByTestId('under-review').waitFor();
      expect(await flag.locator('[data-testid="evidence"][data-kind="feeReport"]').count()).toBe(2);
      expect(await flag.getByTestId('flag-evidence').innerText()).toContain(INTERMEDIARY);
      expect(await staffPage.getByTestId('fee-reports').innerText()).toContain('+996 555 010 203');
      expect(await staffPage.locator('[data-testid="differences"] [data-difference="wageBelow"]').getAttribute('data-count')).toBe('1');
      // Never who reported: the migrant's name is nowhere on the employer's page.
      expect(await staffPage.getByTestId('company-after-arrival').innerText()).not.toContain('Токтогулов');
      await screenshot(staffPage, 'red-flag-attache');
      await flag.getByTestId('suspend-flagged').click();
      await staffPage.getByTestId('flag-suspended').waitFor();
      await staffPage.locator('[data-testid="red-flag"][data-rule="fees90"][data-status="SUSPENDED"]').waitFor();
      await staffContext.close();

      // Through the existing suspension: the employer is suspended for Kyrgyzstan.
      const company = await apiCall<{ countries: Array<{ country: string; status: string }> }>(
        'GET',
        `/api/verification/companies/${employer.companyId}`,
        attache,
      );
      expect(company.countries.find((row) => row.country === 'KG')?.status).toBe('SUSPENDED');
    } catch (error) {
      if (page) await screenshot(page, 'failure-promised-vs-actual').catch(() => undefined);
      if (staffPage) await screenshot(staffPage, 'failure-promised-vs-actual-attache').catch(() => undefined);
      throw error;
    }
  });
});
