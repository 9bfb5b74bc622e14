/**
 * Journey: each country decides for its own citizens. A Tajik migrant (the site in Tajik) and an Uzbek migrant (in
 * Uzbek) apply to a vacancy open to both; the Uzbek migrant picks a home region of Uzbekistan in the profile; the employer sends the Uzbek candidate in a batch; the Uzbek attaché (in
 * Uzbek) decides it; the Kyrgyz attaché's pages never show the vacancy or the batch.
 */
import type { Browser, Page } from 'playwright-core';
import { apiCall, apiLogin, publishedVacancy, readyMigrantOf, shortlistAll } from './support/api';
import { DEMO_PASSWORD, launchBrowser, logIn, newPhoneContext, screenshot } from './support/browser';

const PASSWORD = 'migrant-pass-2026';

/** The migrant finds the vacancy in their own language and applies with one tap. */
async function applyInBrowser(page: Page, lang: string, phone: string, title: string): Promise<void> {
  await logIn(page, lang, phone, PASSWORD);
  await page.getByTestId('home-migrant').waitFor();
  await page.goto(`/${lang}/vacancies`);
  // A migrant searches their own country's vacancies: no country to choose.
  await page
    .getByTestId('search-country')
    .first()
    .waitFor({ state: 'attached' })
    .catch(() => undefined);
  expect(await page.locator('#search-country').count()).toBe(0);
  await page.locator('#search-q').fill(title);
  const card = page.locator('[data-testid="vacancy-card"]', { hasText: title }).first();
  await card.waitFor();
  await card.locator('a').first().click();
  await page.getByTestId('apply').click();
  await page.getByTestId('applied').waitFor();
}

describe('per-country decisions', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('lets Tajik and Uzbek migrants apply in their languages, the Uzbek one pick an Uzbek home region; the Uzbek attaché decides the Uzbek batch; the Kyrgyz attaché never sees them', async () => {
    const pages: Array<[string, Page]> = [];
    try {
      const title = `Арматурщик ${String(Date.now()).slice(-6)}`;
      const employerToken = await apiLogin('employer@demo.jumush.kg', DEMO_PASSWORD);
      const uzAttacheToken = await apiLogin('attache.uz@demo.jumush.kg', DEMO_PASSWORD);
      const vacancyId = await publishedVacancy(employerToken, uzAttacheToken, title, ['TJ', 'UZ']);
      const tajik = await readyMigrantOf(
        'TJ',
        'tg',
        { surname: 'Рахимов', givenNames: 'Фаридун', surnameLatin: 'Rakhimov', givenNamesLatin: 'Faridun' },
        PASSWORD,
      );
      const uzbek = await readyMigrantOf(
        'UZ',
        'uz',
        { surname: 'Каримов', givenNames: 'Дилшод', surnameLatin: 'Karimov', givenNamesLatin: 'Dilshod' },
        PASSWORD,
      );

      const tajikPage = await (await newPhoneContext(browser, 'tg-TJ')).newPage();
      pages.push(['tajik', tajikPage]);
      await applyInBrowser(tajikPage, 'tg', tajik, title);
      await screenshot(tajikPage, 'countries-applied-tg');
      const uzbekPage = await (await newPhoneContext(browser, 'uz-UZ')).newPage();
      pages.push(['uzbek', uzbekPage]);
      await applyInBrowser(uzbekPage, 'uz', uzbek, title);
      await screenshot(uzbekPage, 'countries-applied-uz');
      // The profile offers the Uzbek migrant the regions of Uzbekistan, in Uzbek, and no district to choose.
      await uzbekPage.goto('/uz/profile');
      const region = uzbekPage.locator('#profile-region');
      await region.waitFor();
      const regionOptions = (await region.locator('option').allTextContents()).map((text) => text.trim()).slice(1);
      expect(regionOptions).toHaveLength(14);
      expect(regionOptions).toEqual(expect.arrayContaining(['Qoraqalpogʻiston Respublikasi', 'Samarqand viloyati', 'Toshkent shahri']));
      await region.selectOption('UZ-SA');
      expect(await uzbekPage.locator('#profile-district').count()).toBe(0);
      await uzbekPage.getByTestId('save-step').click();
      await uzbekPage.locator('.notice[role=status]').waitFor();
      const saved = await apiCall<{ residenceRegionCode: string | null; completedSteps: string[] }>(
        'GET',
        '/api/candidates/me',
        await apiLogin(uzbek, PASSWORD),
      );
      expect([saved.residenceRegionCode, saved.completedSteps.includes('residence')]).toEqual(['UZ-SA', true]);
      await screenshot(uzbekPage, 'countries-home-region-uz');

      // The employer shortlists both and sends the Uzbek candidate in a batch of their own: one country per batch.
      const applications = await apiCall<{ items: Array<{ applicationId: string }> }>(
        'GET',
        `/api/vacancies/mine/${vacancyId}/applications?pageSize=100`,
        employerToken,
      );
      const ids = applications.items.map((item) => item.applicationId);
      expect(ids).toHaveLength(2);
      await shortlistAll(employerToken, vacancyId, ids);
      const uzbekApplication = (await apiCall<Array<{ id: string }>>('GET', '/api/applications/mine', await apiLogin(uzbek, PASSWORD)))[0]?.id ?? '';
      const batch = await apiCall<{ id: string; originCountry: string }>('POST', '/api/batches', employerToken, {
        vacancyId,
        applicationIds: [uzbekApplication],
      });
      expect(batch.originCountry).toBe('UZ');
      await apiCall('POST', `/api/batches/${batch.id}/submit`, employerToken);

      // The Kyrgyz attaché's pages never show them, while the batch waits for a decision.
      const kgAttache = await (await newPhoneContext(browser)).newPage();
      pages.push(['kg-attache', kgAttache]);
      await logIn(kgAttache, 'ru', 'attache@demo.jumush.kg', DEMO_PASSWORD);
      await kgAttache.getByTestId('home-attache').waitFor();
      await kgAttache.goto('/ru/attache/batches');
      await kgAttache.locator('[data-testid="overdue-count"]').waitFor();
      expect(await kgAttache.locator(`[data-testid="batch-queue-item"][data-id="${batch.id}"]`).count()).toBe(0);
      await kgAttache.goto(`/ru/attache/batches/${batch.id}`);
      await kgAttache.getByTestId('load-problem').waitFor();
      expect(await kgAttache.getByTestId('approve-all').count()).toBe(0);
      await kgAttache.goto('/ru/attache/vacancies');
      await kgAttache.waitForLoadState('networkidle');
      expect(await kgAttache.locator('[data-testid="vacancy-queue-item"]', { hasText: title }).count()).toBe(0);
      await kgAttache.goto(`/ru/attache/vacancies/${vacancyId}`);
      await kgAttache.getByTestId('load-problem').waitFor();
      expect(await kgAttache.locator('body').innerText()).not.toContain('Каримов');
      await screenshot(kgAttache, 'countries-kg-attache-not-found-ru');
      // The Uzbek attaché, in Uzbek, approves the batch.
      const uzAttache = await (await newPhoneContext(browser, 'uz-UZ')).newPage();
      pages.push(['uz-attache', uzAttache]);
      await logIn(uzAttache, 'uz', 'attache.uz@demo.jumush.kg', DEMO_PASSWORD);
      await uzAttache.getByTestId('home-attache').waitFor();
      await uzAttache.goto('/uz/attache/batches');
      await uzAttache.locator(`[data-testid="batch-queue-item"][data-id="${batch.id}"] a`).first().click();
      await uzAttache.getByTestId('approve-all').click();
      await uzAttache.getByTestId('confirm-decision').click();
      await uzAttache.getByTestId('decision-result').waitFor();
      await screenshot(uzAttache, 'countries-uz-attache-decided-uz');
    } catch (error) {
      for (const [name, page] of pages) await screenshot(page, `failure-countries-${name}`).catch(() => undefined);
      throw error;
    }
  });
});
