/**
 * Journey: a migrant opens "My applications", opens one application and sees what happened, the step it waits for
 * and how long that usually takes; the approved one shows the letter (downloaded as a PDF), the employer's address
 * and phone, what to do before leaving, and what the law asks on arrival (each item with its period, law and date) —
 * on a 360 px phone, in Kyrgyz.
 */
import type { Browser, Page } from 'playwright-core';
import { apiCall, apiSession, migrantWhoApplied, publishedVacancy } from './support/api';
import { DEMO_PASSWORD, launchBrowser, logIn, newPhoneContext, screenshot } from './support/browser';

const PASSWORD = 'migrant-pass-2026';

describe('one application’s page', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('shows the timeline, the next step with its wait, and for an approved one the letter and where to go', async () => {
    let page: Page | undefined;
    try {
      // Set-up through the API: one application approved, another waiting for the attaché.
      const employer = (await apiSession('employer@demo.jumush.kg', DEMO_PASSWORD)).token;
      const attache = (await apiSession('attache@demo.jumush.kg', DEMO_PASSWORD)).token;
      const stamp = String(Date.now()).slice(-6);
      const approvedVacancy = await publishedVacancy(employer, attache, `Каменщик, страница заявки ${stamp}`);
      const waitingVacancy = await publishedVacancy(employer, attache, `Плиточник, страница заявки ${stamp}`);
      const migrant = await migrantWhoApplied(
        approvedVacancy,
        { surname: 'Токтогулов', givenNames: 'Азамат', surnameLatin: 'Toktogulov', givenNamesLatin: 'Azamat' },
        PASSWORD,
      );
      const waiting = await apiCall<{ id: string }>('POST', `/api/vacancies/${waitingVacancy}/applications`, migrant.token, {});
      for (const [vacancyId, applicationId] of [
        [approvedVacancy, migrant.applicationId],
        [waitingVacancy, waiting.id],
      ]) {
        await apiCall('POST', `/api/vacancies/mine/${vacancyId}/applications/decisions`, employer, {
          decision: 'shortlist',
          applicationIds: [applicationId],
        });
        const batch = await apiCall<{ id: string }>('POST', '/api/batches', employer, { vacancyId, applicationIds: [applicationId] });
        await apiCall('POST', `/api/batches/${batch.id}/submit`, employer);
        if (vacancyId === approvedVacancy)
          await apiCall(
            'POST',
            `/api/attache/batches/${batch.id}/decision`,
            attache,
            { kind: 'APPROVE_ALL' },
            { 'idempotency-key': `e2e-page-${batch.id}` },
          );
      }

      const context = await newPhoneContext(browser, 'ky-KG');
      await context.setExtraHTTPHeaders({ 'x-forwarded-for': `10.79.${Number(stamp) % 250}.1` });
      page = await context.newPage();
      await logIn(page, 'ky', migrant.phone, PASSWORD);
      await page.getByTestId('home-migrant').waitFor();

      // "My applications" links each card to its page.
      await page.goto('/ky/applications');
      await page.locator(`[data-testid="my-application"][data-id="${waiting.id}"]`).getByTestId('open-application').click();
      await page.waitForURL(`**/ky/applications/${waiting.id}`);
      await page.locator(`[data-testid="application-page"][data-status="IN_BATCH"]`).waitFor();
      expect(await page.getByTestId('timeline-entry').count()).toBeGreaterThanOrEqual(3);
      await page.getByTestId('next-step').waitFor();
      expect(await page.getByTestId('expected-wait').innerText()).toMatch(/\d/);
      await page.getByTestId('letter-not-yet').waitFor();
      expect(await page.getByTestId('download-letter').count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await screenshot(page, 'application-page-in-batch-ky');

      // The approved one: the letter, where to go, what to do.
      await page.goto('/ky/applications');
      await page.locator(`[data-testid="my-application"][data-id="${migrant.applicationId}"]`).getByTestId('open-application').click();
      await page.locator(`[data-testid="application-page"][data-status="APPROVED"]`).waitFor();
      await page.getByTestId('employer-contact').waitFor();
      expect(await page.getByTestId('employer-contact').innerText()).toMatch(/\+7\d{10}|\d{3}/);
      await page.getByTestId('before-departure').waitFor();
      expect(await page.getByTestId('to-checklist').getAttribute('href')).toBe('/ky/profile');
      // What the law asks of a Kyrgyz citizen on arrival, undated before the entry: each with its period, law and date.
      await page.getByTestId('after-arrival-item').first().waitFor();
      expect(await page.getByTestId('after-arrival-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')))).toEqual([
        'REGISTRATION_AT_PLACE_OF_STAY',
        'MEDICAL_EXAMINATION_AND_FINGERPRINTING',
        'EMPLOYER_NOTICE_TO_MINISTRY',
      ]);
      expect(await page.getByTestId('arrival-counts-from').innerText()).toContain('Россияга кирген күндөн');
      const examination = page.locator('[data-testid="after-arrival-item"][data-kind="MEDICAL_EXAMINATION_AND_FINGERPRINTING"]');
      expect(await examination.getByTestId('after-arrival-deadline').innerText()).toContain('30 күн');
      expect(await examination.getByTestId('after-arrival-source').innerText()).toContain('01.07.2021-жылдагы № 274-ФЗ');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-letter').click()]);
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await screenshot(page, 'application-page-approved-ky');
      await context.close();
    } catch (error) {
      if (page) await screenshot(page, 'failure-application-page').catch(() => undefined);
      throw error;
    }
  });
});
