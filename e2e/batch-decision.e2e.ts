/**
 * Journey: the employer builds and submits a batch, the attaché approves all but one with a reason,
 * the approved candidate sees the news arrive in the notification centre (in Kyrgyz, without reloading),
 * downloads the approval letter, and the public verification page confirms it.
 */
import type { Browser, Page } from 'playwright-core';
import { apiLogin, letterCodeOf, migrantWhoApplied, publicVacancyId, shortlistAll } from './support/api';
import { DEMO_PASSWORD, launchBrowser, logIn, newPhoneContext, screenshot } from './support/browser';

const VACANCY = 'Каменщик';
const PASSWORD = 'migrant-pass-2026';

describe('a batch from shortlist to approval letter', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('is built, decided all-but-one, announced live, and its letter verifies', async () => {
    const pages: Array<[string, Page]> = [];
    try {
      // Set-up through the API: two migrants applied and were shortlisted.
      const vacancyId = await publicVacancyId(VACANCY);
      const approved = await migrantWhoApplied(
        vacancyId,
        {
          surname: 'Асанов',
          givenNames: 'Бакыт',
          surnameLatin: 'Asanov',
          givenNamesLatin: 'Bakyt',
        },
        PASSWORD,
      );
      const refused = await migrantWhoApplied(
        vacancyId,
        {
          surname: 'Осмонов',
          givenNames: 'Нурлан',
          surnameLatin: 'Osmonov',
          givenNamesLatin: 'Nurlan',
        },
        PASSWORD,
      );
      const employerToken = await apiLogin('employer@demo.jumush.kg', DEMO_PASSWORD);
      await shortlistAll(employerToken, vacancyId, [approved.applicationId, refused.applicationId]);

      // The employer builds the batch from the shortlist and submits it.
      const employer = await (await newPhoneContext(browser)).newPage();
      pages.push(['employer', employer]);
      await logIn(employer, 'ru', 'employer@demo.jumush.kg', DEMO_PASSWORD);
      await employer.getByTestId('home-employer').waitFor();
      await employer.goto(`/ru/employer/vacancies/${vacancyId}/applicants`);
      await employer.getByTestId(`select-${approved.applicationId}`).check();
      await employer.getByTestId(`select-${refused.applicationId}`).check();
      await employer.getByTestId('create-batch').click();
      await employer.waitForURL(/\/ru\/employer\/batches\/[0-9a-f-]{36}$/);
      const batchId = employer.url().split('/').pop() ?? '';
      await employer.getByTestId('submit-batch').click();
      await employer.locator('[data-testid="batch-status"][data-status="SUBMITTED"]').waitFor();
      await screenshot(employer, 'employer-batch-submitted-ru');

      // The approved candidate is watching their applications, in Kyrgyz.
      const migrant = await (await newPhoneContext(browser, 'ky-KG')).newPage();
      pages.push(['migrant', migrant]);
      await logIn(migrant, 'ky', approved.phone, PASSWORD);
      await migrant.getByTestId('home-migrant').waitFor();
      await migrant.goto('/ky/applications');
      await migrant.getByTestId('my-application').first().waitFor();
      const unreadBefore = Number(
        (
          await migrant
            .getByTestId('unread-count')
            .textContent()
            .catch(() => '0')
        )?.trim() || '0',
      );

      // The attaché approves all but one, with a reason, after a confirmation that says exactly what will happen.
      const attache = await (await newPhoneContext(browser)).newPage();
      pages.push(['attache', attache]);
      await logIn(attache, 'ru', 'attache@demo.jumush.kg', DEMO_PASSWORD);
      await attache.getByTestId('home-attache').waitFor();
      await attache.goto('/ru/attache/batches');
      await attache.locator(`[data-testid="batch-queue-item"][data-id="${batchId}"] a`).first().click();
      // On a 360 px phone each candidate is a card: the decision is in view, the checkbox a 44 px touch target.
      const tick = await attache.locator(`label:has([data-testid="exclude-${refused.applicationId}"])`).boundingBox();
      expect(tick && tick.width >= 44 && tick.height >= 44).toBe(true);
      const decisionCell = await attache
        .locator(`[data-testid="batch-item"][data-id="${refused.applicationId}"] [data-testid="item-decision"]`)
        .boundingBox();
      expect(decisionCell && decisionCell.x >= 0 && decisionCell.x + decisionCell.width <= 360).toBe(true);
      expect(await attache.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await attache.getByTestId(`exclude-${refused.applicationId}`).check();
      await attache.getByTestId(`exclusion-reason-${refused.applicationId}`).selectOption('MEDICAL');
      await attache.getByTestId(`exclusion-text-${refused.applicationId}`).fill('Нет медицинской справки');
      await attache.getByTestId('approve-except').click();
      expect(await attache.getByTestId('decision-summary').innerText()).toMatch(/1\D+1/);
      await attache.getByTestId('confirm-decision').click();
      await attache.getByTestId('decision-result').waitFor();
      await screenshot(attache, 'attache-batch-decided-ru');

      // The news reaches the candidate's notification centre without a reload.
      await migrant.waitForFunction(
        (before) => Number(document.querySelector('[data-testid="unread-count"]')?.textContent?.trim() || '0') > before,
        unreadBefore,
        { timeout: 30_000 },
      );
      await screenshot(migrant, 'notification-arrived-ky');
      await migrant.reload();
      await migrant.getByTestId('download-letter').first().waitFor();
      const [download] = await Promise.all([migrant.waitForEvent('download'), migrant.getByTestId('download-letter').first().click()]);
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);

      // Anyone can check the letter on the public page.
      const code = await letterCodeOf(await apiLogin('attache@demo.jumush.kg', DEMO_PASSWORD), batchId, approved.applicationId);
      const visitor = await (await newPhoneContext(browser, 'ky-KG')).newPage();
      pages.push(['visitor', visitor]);
      await visitor.goto(`/verify/${code}`);
      await visitor.locator('[data-testid="verification-status"][data-status="VALID"]').waitFor();
      await screenshot(visitor, 'letter-verified-ky');
    } catch (error) {
      for (const [name, page] of pages) await screenshot(page, `failure-batch-${name}`).catch(() => undefined);
      throw error;
    }
  });
});
