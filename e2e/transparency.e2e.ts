/**
 * Journey: anyone, signed out, with the site in Kyrgyz, opens the open figures from the landing page: processing
 * times, open jobs by region and occupation, and the registry of verified employers with the demo company in it;
 * downloads the registry as CSV. Nothing on the page or in the downloads names a person: no phone number, e-mail,
 * passport number or demo migrant's name.
 */
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launchBrowser, newPhoneContext, screenshot } from './support/browser';

/** Demo migrants and staff (apps/api/src/app/demo-data): none of them may appear in open data. */
const DEMO_PEOPLE = ['Токтогулов', 'Toktogulov', 'Асанов', 'Осмонова', 'Жумабаев', 'Исаков', 'Мамытова', 'Каримов', 'Рахимов', 'Нурлан Асанов'];

function personalDataIn(text: string): string[] {
  const found: string[] = [];
  for (const [name, pattern] of [
    ['phone number', /\+\d[\d\s()-]{9,}\d/],
    ['e-mail', /[\w.+-]+@[\w-]+\.[\w.]+/],
    ['passport number', /\b[A-Z]{2}\d{7}\b/],
  ] as const) {
    const match = text.match(pattern);
    if (match) found.push(`${name}: ${match[0]}`);
  }
  for (const person of DEMO_PEOPLE) if (text.includes(person)) found.push(`name: ${person}`);
  return found;
}

describe('open figures', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('shows processing times, open jobs and verified employers to anyone, in Kyrgyz, with downloads and no personal data', async () => {
    const context = await newPhoneContext(browser, 'ky-KG');
    const page: Page = await context.newPage();
    try {
      await page.goto('/ky');
      await page.locator('#landing-transparency').click();
      await page.waitForURL(/\/ky\/transparency$/);
      await page.getByRole('heading', { level: 1, name: 'Ачык маалыматтар' }).waitFor();

      const registry = page.getByTestId('employer-registry');
      await registry.waitFor();
      const demoCompany = registry.locator('tbody tr', { hasText: 'ООО «СтройМонтаж Демо»' }).first();
      await demoCompany.waitFor();
      expect(await demoCompany.textContent()).toContain('Текшерилген');
      await page.getByTestId('vacancies-by-region').waitFor();
      expect(await page.getByTestId('vacancies-by-region').locator('tbody tr').count()).toBeGreaterThan(0);
      // Processing times: a table of the stages, or the empty state when nothing ended a stage in 90 days.
      await page.locator('[data-testid="processing-times"], [data-testid="times-empty"]').first().waitFor();
      await screenshot(page, 'transparency-ky-phone');

      expect(personalDataIn((await page.locator('main').innerText()) ?? '')).toEqual([]);

      const csvLink = page.getByTestId('download-csv').last();
      const csv = await page.request.get(new URL((await csvLink.getAttribute('href')) as string, BASE_URL).toString());
      expect(csv.status()).toBe(200);
      const text = await csv.text();
      expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
        'legalName,inn,ogrn,regionCode,country,status,since,reliedOnCountry,suspensionCategory',
      );
      expect(text).toContain('ООО «СтройМонтаж Демо»');
      expect(personalDataIn(text)).toEqual([]);
      for (const name of ['processing-times', 'open-vacancies']) {
        const json = await page.request.get(new URL(`/api/open-data/${name}`, BASE_URL).toString());
        expect(json.status()).toBe(200);
        expect(personalDataIn(await json.text())).toEqual([]);
      }
    } catch (error) {
      await screenshot(page, 'failure-transparency').catch(() => undefined);
      throw error;
    } finally {
      await context.close();
    }
  });
});
