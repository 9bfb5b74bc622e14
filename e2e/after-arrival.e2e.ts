/**
 * Journey: after arrival, in Kyrgyz on a 360 px phone. An approved migrant confirms the departure and then the
 * arrival in one tap each; the after-arrival deadlines count from that day and the check-ins of days 3, 30 and 90
 * appear. The migrant answers the day-3 check-in (answerable from the arrival on; its reminder's timing is tested in
 * system-tests/check-in-reminders) with "no" on the passport: a grievance opens by itself and lands in the attaché's
 * queue; the migrant adds a file as evidence, which the attaché downloads; the attaché takes it up, answers and records
 * the outcome; the migrant reads the answer and the outcome.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { apiCall, apiSession, migrantWhoApplied, publishedVacancy } from './support/api';
import { DEMO_PASSWORD, launchBrowser, logIn, newPhoneContext, screenshot } from './support/browser';

const PASSWORD = 'migrant-pass-2026';
const ANSWER = 'Биз иш берүүчү менен байланыштык: паспортуңузду бүгүн кайтарып беришет.';
const EVIDENCE = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');
const OUTCOME = 'Иш берүүчү паспортту кайтарып берди; эмгек инспекциясына кабарландырылды.';
const ky = JSON.parse(readFileSync(join(__dirname, '../apps/web/public/i18n/ky.json'), 'utf8')) as Record<string, Record<string, unknown>>;
const kyWord = (key: string): string => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], ky) as string;

describe('after arrival', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('departs, arrives, answers the day-3 check-in "no" on the passport, and reads the attaché’s outcome, in Kyrgyz', async () => {
    let page: Page | undefined;
    let staffPage: Page | undefined;
    try {
      // Set-up through the API: one approved application of a Kyrgyz migrant (the vacancy is in Moscow, region 77).
      const employer = (await apiSession('employer@demo.jumush.kg', DEMO_PASSWORD)).token;
      const attache = (await apiSession('attache@demo.jumush.kg', DEMO_PASSWORD)).token;
      const stamp = String(Date.now()).slice(-6);
      const vacancyId = await publishedVacancy(employer, attache, `Бетонщик, после приезда ${stamp}`);
      const migrant = await migrantWhoApplied(
        vacancyId,
        { surname: 'Асанов', givenNames: 'Бекзат', surnameLatin: 'Asanov', givenNamesLatin: 'Bekzat' },
        PASSWORD,
      );
      await apiCall('POST', `/api/vacancies/mine/${vacancyId}/applications/decisions`, employer, {
        decision: 'shortlist',
        applicationIds: [migrant.applicationId],
      });
      const batch = await apiCall<{ id: string }>('POST', '/api/batches', employer, { vacancyId, applicationIds: [migrant.applicationId] });
      await apiCall('POST', `/api/batches/${batch.id}/submit`, employer);
      await apiCall(
        'POST',
        `/api/attache/batches/${batch.id}/decision`,
        attache,
        { kind: 'APPROVE_ALL' },
        { 'idempotency-key': `e2e-arrival-${batch.id}` },
      );

      const context = await newPhoneContext(browser, 'ky-KG');
      await context.setExtraHTTPHeaders({ 'x-forwarded-for': `10.81.${Number(stamp) % 250}.1` });
      page = await context.newPage();
      await logIn(page, 'ky', migrant.phone, PASSWORD);
      await page.getByTestId('home-migrant').waitFor();

      // Departure, then arrival: one tap each.
      await page.goto(`/ky/applications/${migrant.applicationId}`);
      await page.locator('[data-testid="application-page"][data-status="APPROVED"]').waitFor();
      expect(await page.getByTestId('journey-depart').innerText()).toBe(kyWord('journey.depart'));
      await page.getByTestId('journey-depart').click();
      await page.locator('[data-testid="application-page"][data-status="DEPARTED"]').waitFor();
      await page.getByTestId('journey-arrive').click();
      await page.locator('[data-testid="application-page"][data-status="ARRIVED"]').waitFor();
      expect((await page.getByTestId('application-status').innerText()).trim()).toBe(kyWord('myApplications.status.ARRIVED'));
      // The after-arrival deadlines now count from the day of arrival.
      expect(await page.getByTestId('arrival-counts-from').innerText()).toContain('Россияга');
      expect(await page.locator('[data-testid="after-arrival-item"][data-due]').count()).toBeGreaterThan(0);
      await page.getByTestId('check-in-item').first().waitFor();
      expect(await page.getByTestId('check-in-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-day')))).toEqual([
        '3',
        '30',
        '90',
      ]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await screenshot(page, 'after-arrival-arrived-ky');

      // The day-3 check-in: "Do you hold your own passport?" — "No".
      await page.locator('[data-testid="check-in-item"][data-day="3"] a').click();
      await page.locator('[data-testid="check-in"][data-day="3"]').waitFor();
      expect(await page.locator('[data-testid="check-in-question"][data-question="passport"]').innerText()).toContain(
        kyWord('checkIn.question.passport'),
      );
      await page.getByTestId('answer-wage-yes').click();
      await page.locator('[data-testid="check-in-question"][data-question="wage"][data-answer="yes"]').waitFor();
      await page.getByTestId('answer-passport-no').click();
      await page.locator('[data-testid="check-in-question"][data-question="passport"][data-answer="no"]').waitFor();
      await page.getByTestId('check-in-told').waitFor();
      expect(await page.getByTestId('check-in-told').innerText()).toContain(kyWord('checkIn.told'));
      const grievanceLink = (await page.getByTestId('to-grievance').getAttribute('href')) as string;
      const grievanceId = grievanceLink.split('/').pop() as string;
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await screenshot(page, 'after-arrival-check-in-ky');

      // The migrant adds a photo of the evidence to the grievance: it is listed at once.
      await page.goto(grievanceLink);
      await page.locator(`[data-testid="grievance"][data-id="${grievanceId}"]`).waitFor();
      await page.getByTestId('grievance-file-input').setInputFiles({ name: 'passport-receipt.pdf', mimeType: 'application/pdf', buffer: EVIDENCE });
      await page.locator('[data-testid="grievance-file"]', { hasText: 'passport-receipt.pdf' }).waitFor();

      // The attaché's queue shows it; the attaché takes it up, answers and records the outcome.
      const staffContext = await newPhoneContext(browser, 'ru-RU');
      await staffContext.setExtraHTTPHeaders({ 'x-forwarded-for': `10.82.${Number(stamp) % 250}.1` });
      staffPage = await staffContext.newPage();
      await logIn(staffPage, 'ru', 'attache@demo.jumush.kg', DEMO_PASSWORD);
      await staffPage.waitForURL((url) => !url.pathname.endsWith('/login'));
      await staffPage.goto('/ru/attache/grievances');
      const item = staffPage.locator(`[data-testid="grievance-queue-item"][data-id="${grievanceId}"]`);
      await item.waitFor();
      expect(await item.getAttribute('data-status')).toBe('RECEIVED');
      expect(await item.innerText()).toContain('Асанов');
      await item.locator('a').click();
      await staffPage.locator(`[data-testid="grievance"][data-id="${grievanceId}"][data-status="RECEIVED"]`).waitFor();
      // The attaché downloads the migrant's file, the same bytes.
      const [download] = await Promise.all([
        staffPage.waitForEvent('download'),
        staffPage.locator('[data-testid="grievance-file"]', { hasText: 'passport-receipt.pdf' }).getByRole('button').click(),
      ]);
      expect(download.suggestedFilename()).toBe('passport-receipt.pdf');
      expect(readFileSync((await download.path()) as string).equals(EVIDENCE)).toBe(true);
      await staffPage.getByTestId('grievance-takeUp').click();
      await staffPage.locator('[data-testid="grievance"][data-status="IN_PROGRESS"]').waitFor();
      await staffPage.getByTestId('grievance-message-input').fill(ANSWER);
      await staffPage.getByTestId('grievance-send').click();
      await staffPage.locator('[data-testid="grievance-message"]', { hasText: ANSWER }).waitFor();
      await staffPage.getByTestId('grievance-reason').fill(OUTCOME);
      await staffPage.getByTestId('grievance-resolve').click();
      await staffPage.locator('[data-testid="grievance"][data-status="RESOLVED"]').waitFor();
      await screenshot(staffPage, 'after-arrival-attache-resolved');
      await staffContext.close();

      // The migrant reads the answer and the outcome, in Kyrgyz.
      await page.goto(grievanceLink);
      await page.locator(`[data-testid="grievance"][data-id="${grievanceId}"][data-status="RESOLVED"]`).waitFor();
      expect((await page.getByTestId('grievance-status').innerText()).trim()).toBe(kyWord('grievance.status.RESOLVED'));
      expect(await page.locator('h1').innerText()).toBe(kyWord('grievance.category.passportHeld'));
      expect(await page.getByTestId('grievance-outcome').innerText()).toContain(OUTCOME);
      expect(await page.locator('[data-testid="grievance-message"]', { hasText: ANSWER }).count()).toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await screenshot(page, 'after-arrival-outcome-ky');
      await context.close();
    } catch (error) {
      if (page) await screenshot(page, 'failure-after-arrival').catch(() => undefined);
      if (staffPage) await screenshot(staffPage, 'failure-after-arrival-attache').catch(() => undefined);
      throw error;
    }
  });
});
