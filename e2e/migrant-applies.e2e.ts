/**
 * Journey (phone): a migrant fills the pre-departure profile in Kyrgyz, applies to a demo vacancy with one tap,
 * the employer shortlists them, and the migrant sees the new status on the timeline.
 */
import type { Browser, Page } from 'playwright-core';
import { smsCodeSentTo } from './support/api';
import { DEMO_PASSWORD, launchBrowser, logIn, newPhoneContext, screenshot } from './support/browser';

const DEMO_VACANCY_TITLE = 'Сварщик на строительство жилого комплекса';

async function saveStep(page: Page, nextField: string): Promise<void> {
  await page.getByTestId('save-step').click();
  await page.locator(nextField).waitFor();
}

describe('a migrant applies and follows the application', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('fills the profile, applies, and sees the employer’s shortlisting on the timeline', async () => {
    const pages: Array<[string, Page]> = [];
    try {
      const phone = `+99655${String(Date.now()).slice(-7)}`;
      const password = 'менин-сырсөзүм-2026';
      const migrantContext = await newPhoneContext(browser, 'ky-KG');
      const migrant = await migrantContext.newPage();
      pages.push(['migrant', migrant]);
      await migrant.goto('/ky/register');
      await migrant.locator('#register-as-migrant').click();
      await migrant.locator('#register-phone').fill(phone);
      await migrant.locator('#register-password').fill(password);
      await migrant.locator('button[type=submit]').click();
      await migrant.getByTestId('home-migrant').waitFor();
      // The number is confirmed with the code its SMS brought (phone-verification.e2e.ts is that journey).
      await migrant.locator('#phone-code').fill(await smsCodeSentTo(phone));
      await migrant.getByTestId('phone-verification-confirm').click();
      await migrant.getByTestId('phone-verification-banner').waitFor({ state: 'detached' });

      // The profile, step by step; each step is saved on its own.
      await migrant.goto('/ky/profile');
      await migrant.locator('#profile-surname').fill('Токтогулов');
      await migrant.locator('#profile-given-names').fill('Айбек');
      await migrant.locator('#profile-surname-latin').fill('Toktogulov');
      await migrant.locator('#profile-given-names-latin').fill('Aibek');
      await migrant.locator('#profile-birth-date').fill('1996-04-12');
      await migrant.locator('#profile-sex').selectOption('MALE');
      await saveStep(migrant, '#profile-region');
      await migrant.locator('#profile-region').selectOption('KG-C');
      await migrant.locator('#profile-district').selectOption('KG-C-ALAMUDUN');
      await saveStep(migrant, '#profile-russian-level');
      await migrant.locator('#profile-russian-level').selectOption('CONVERSATIONAL');
      await migrant.locator('#profile-occupation').selectOption('7212');
      await migrant.locator('#profile-occupation-years').fill('4');
      await migrant.locator('#profile-education').selectOption('VOCATIONAL');
      await saveStep(migrant, '#profile-preferred-region');
      // A multiple select's option values are Angular's own ids: choose by the region's name.
      await migrant.locator('#profile-preferred-region').selectOption([{ label: 'Москва' }]);
      await saveStep(migrant, '#profile-passport-number');
      await migrant.locator('#profile-passport-number').fill(`AC${String(Date.now()).slice(-7)}`);
      await migrant.locator('#profile-passport-expires').fill(`${new Date().getUTCFullYear() + 5}-01-31`);
      await saveStep(migrant, '#profile-consent');
      await migrant.locator('#profile-consent input[type=checkbox], input#profile-consent-input').first().check();
      await migrant.getByTestId('save-step').click();
      await migrant.getByTestId('readiness').waitFor();
      await screenshot(migrant, 'profile-checklist-ky');

      // One tap from the vacancy page.
      await migrant.goto('/ky/vacancies');
      await migrant.locator('#search-q').fill('сварщик');
      const card = migrant
        .locator('[data-testid="vacancy-card"]', {
          hasText: DEMO_VACANCY_TITLE,
        })
        .first();
      await card.waitFor();
      await card.locator('a').first().click();
      await migrant.getByTestId('apply').click();
      await migrant.getByTestId('applied').waitFor();
      await migrant.goto('/ky/applications');
      const application = migrant.getByTestId('my-application').first();
      await application.waitFor();
      const submittedStatus = await application.getByTestId('application-status').innerText();

      // The employer shortlists the applicant.
      const employerContext = await newPhoneContext(browser);
      const employer = await employerContext.newPage();
      pages.push(['employer', employer]);
      await logIn(employer, 'ru', 'employer@demo.jumush.kg', DEMO_PASSWORD);
      await employer.getByTestId('home-employer').waitFor();
      await employer.goto('/ru/employer/vacancies');
      await employer
        .locator('[data-testid="employer-vacancy"]', {
          hasText: DEMO_VACANCY_TITLE,
        })
        .first()
        .getByTestId('vacancy-applicants')
        .click();
      await employer.getByTestId('shortlist').first().click();
      await employer
        .getByTestId('shortlist')
        .first()
        .waitFor({ state: 'detached' })
        .catch(() => undefined);
      await screenshot(employer, 'employer-applicants-ru');

      // The migrant sees the new status, in Kyrgyz, on the timeline.
      await migrant.reload();
      await migrant.waitForFunction(
        (before) => document.querySelector('[data-testid="application-status"]')?.textContent?.trim() !== before.trim(),
        submittedStatus,
      );
      await screenshot(migrant, 'my-applications-shortlisted-ky');
      await Promise.all([migrantContext.close(), employerContext.close()]);
    } catch (error) {
      for (const [name, page] of pages) await screenshot(page, `failure-applies-${name}`).catch(() => undefined);
      throw error;
    }
  });
});
