/**
 * Journey: after arrival, the employer's side and the check-in's SMS link. Two Kyrgyz migrants are approved, depart
 * and arrive (through the API). On the applicants page the employer — by keyboard — confirms that the first started
 * work, and records that the second never started, choosing what happened and saying why; the second reads the
 * reason on their application. The first, signed out, opens the short link of their day-3 check-in SMS, signs in and
 * lands on the check-in; signed in, the link opens it at once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { checkInShortCode } from '@jumush/contracts/client';
import { apiCall, apiSession, migrantWhoApplied, publishedVacancy } from './support/api';
import { DEMO_PASSWORD, launchBrowser, logIn, newPhoneContext, screenshot } from './support/browser';

const PASSWORD = 'migrant-pass-2026';
const EMPLOYER = 'employer@demo.jumush.kg';
const NO_SHOW_DETAILS = 'Не вышел на смену 3 и 4 марта, телефон не отвечает';
const ru = JSON.parse(readFileSync(join(__dirname, '../apps/web/public/i18n/ru.json'), 'utf8')) as Record<string, unknown>;
const ruWord = (key: string): string => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], ru) as string;

describe('employer confirms the start of work', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  /** Two approved migrants of one vacancy who departed and arrived. */
  async function twoArrived(stamp: string) {
    const employer = (await apiSession(EMPLOYER, DEMO_PASSWORD)).token;
    const attache = (await apiSession('attache@demo.jumush.kg', DEMO_PASSWORD)).token;
    const vacancyId = await publishedVacancy(employer, attache, `Штукатур, начало работы ${stamp}`);
    const first = await migrantWhoApplied(
      vacancyId,
      { surname: 'Токтогулов', givenNames: 'Эрмек', surnameLatin: 'Toktogulov', givenNamesLatin: 'Ermek' },
      PASSWORD,
    );
    const second = await migrantWhoApplied(
      vacancyId,
      { surname: 'Жумабеков', givenNames: 'Азат', surnameLatin: 'Zhumabekov', givenNamesLatin: 'Azat' },
      PASSWORD,
    );
    const ids = [first.applicationId, second.applicationId];
    await apiCall('POST', `/api/vacancies/mine/${vacancyId}/applications/decisions`, employer, { decision: 'shortlist', applicationIds: ids });
    const batch = await apiCall<{ id: string }>('POST', '/api/batches', employer, { vacancyId, applicationIds: ids });
    await apiCall('POST', `/api/batches/${batch.id}/submit`, employer);
    await apiCall(
      'POST',
      `/api/attache/batches/${batch.id}/decision`,
      attache,
      { kind: 'APPROVE_ALL' },
      { 'idempotency-key': `e2e-start-${batch.id}` },
    );
    for (const migrant of [first, second]) {
      await apiCall('POST', `/api/applications/mine/${migrant.applicationId}/depart`, migrant.token, {});
      await apiCall('POST', `/api/applications/mine/${migrant.applicationId}/arrive`, migrant.token, {});
    }
    return { vacancyId, first, second };
  }

  it('marks an arrived migrant as started and another as never started, by keyboard; the SMS link opens the check-in', async () => {
    let page: Page | undefined;
    let migrantPage: Page | undefined;
    try {
      const stamp = String(Date.now()).slice(-6);
      const { vacancyId, first, second } = await twoArrived(stamp);

      const context = await newPhoneContext(browser, 'ru-RU');
      await context.setExtraHTTPHeaders({ 'x-forwarded-for': `10.83.${Number(stamp) % 250}.1` });
      page = await context.newPage();
      await logIn(page, 'ru', EMPLOYER, DEMO_PASSWORD);
      await page.waitForURL((url) => !url.pathname.endsWith('/login'));
      await page.goto(`/ru/employer/vacancies/${vacancyId}/applicants`);
      const firstCard = page.locator(`[data-testid="applicant"][data-id="${first.applicationId}"]`);
      const secondCard = page.locator(`[data-testid="applicant"][data-id="${second.applicationId}"]`);
      await page.locator(`[data-testid="applicant"][data-id="${first.applicationId}"][data-status="ARRIVED"]`).waitFor();
      expect((await firstCard.getByTestId('start-work').innerText()).trim()).toBe(ruWord('applicants.startWork.button'));
      await screenshot(page, 'employer-start-of-work-arrived');

      // "Started work", by keyboard: the button takes the focus and Enter; the dialog's confirm takes Enter too.
      await firstCard.getByTestId('start-work').focus();
      await page.keyboard.press('Enter');
      const dialog = page.locator('mat-dialog-container');
      await dialog.getByText(ruWord('applicants.startWork.title')).waitFor();
      await dialog.getByTestId('confirm-decision').focus();
      await page.keyboard.press('Enter');
      await page.locator(`[data-testid="applicant"][data-id="${first.applicationId}"][data-status="WORKING"]`).waitFor();
      expect((await page.locator('p.notice[role="status"]').innerText()).trim()).toBe(ruWord('applicants.startWork.done'));
      expect(await firstCard.getByTestId('start-work').count()).toBe(0);

      // "Did not show up / never started": the choice and the words are both required.
      await secondCard.getByTestId('no-show').focus();
      await page.keyboard.press('Enter');
      await dialog.getByText(ruWord('applicants.noShow.title')).waitFor();
      await dialog.getByTestId('confirm-decision').click();
      await dialog.locator('mat-error').first().waitFor();
      expect(await dialog.locator('mat-error').count()).toBe(2);
      await dialog.locator('#decision-reason-kind').selectOption({ label: ruWord('applicants.noShow.kind.notStarted') });
      await dialog.locator('#decision-reason').fill(NO_SHOW_DETAILS);
      await screenshot(page, 'employer-start-of-work-no-show-dialog');
      await dialog.getByTestId('confirm-decision').click();
      await page.locator(`[data-testid="applicant"][data-id="${second.applicationId}"][data-status="NO_SHOW"]`).waitFor();
      expect((await page.locator('p.notice[role="status"]').innerText()).trim()).toBe(ruWord('applicants.noShow.done'));
      await context.close();

      // The second migrant reads what the employer recorded on their application.
      const application = await apiCall<{ status: string; statusReason: string | null }>(
        'GET',
        `/api/applications/mine/${second.applicationId}`,
        second.token,
      );
      expect(application.status).toBe('NO_SHOW');
      expect(application.statusReason).toBe(`${ruWord('applicants.noShow.kind.notStarted')}: ${NO_SHOW_DETAILS}`);

      // The first migrant's day-3 check-in SMS link, signed out: sign-in first, then the check-in itself.
      const checkIns = await apiCall<Array<{ id: string; applicationId: string; day: number }>>('GET', '/api/check-ins/mine', first.token);
      const day3 = checkIns.find((checkIn) => checkIn.applicationId === first.applicationId && checkIn.day === 3) as { id: string };
      const migrantContext = await newPhoneContext(browser, 'ky-KG');
      await migrantContext.setExtraHTTPHeaders({ 'x-forwarded-for': `10.84.${Number(stamp) % 250}.1` });
      migrantPage = await migrantContext.newPage();
      await migrantPage.goto(`/ky/c/${checkInShortCode(day3.id)}`);
      await migrantPage.waitForURL((url) => url.pathname === '/ky/login' && url.searchParams.get('returnUrl') === `/ky/check-ins/${day3.id}`);
      await migrantPage.locator('#login-identifier').fill(first.phone);
      await migrantPage.locator('#login-password').fill(PASSWORD);
      await migrantPage.locator('button[type=submit]').click();
      await migrantPage.waitForURL((url) => url.pathname === `/ky/check-ins/${day3.id}`);
      await migrantPage.locator('[data-testid="check-in"][data-day="3"]').waitFor();
      // Signed in now: the link opens the check-in at once.
      await migrantPage.goto('/ky/home');
      await migrantPage.goto(`/ky/c/${checkInShortCode(day3.id)}`);
      await migrantPage.waitForURL((url) => url.pathname === `/ky/check-ins/${day3.id}`);
      await migrantPage.locator('[data-testid="check-in"][data-day="3"]').waitFor();
      await screenshot(migrantPage, 'employer-start-of-work-check-in-link');
      await migrantContext.close();
    } catch (error) {
      if (page) await screenshot(page, 'failure-employer-start-of-work').catch(() => undefined);
      if (migrantPage) await screenshot(migrantPage, 'failure-employer-start-of-work-migrant').catch(() => undefined);
      throw error;
    }
  });
});
