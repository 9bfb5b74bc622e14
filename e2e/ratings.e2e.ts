/**
 * Journey: ratings from those who worked there. Five Kyrgyz workers who arrived and worked 30 days rate the demo
 * employer (set up through the API; their arrival moved 31 days back in the database). Anyone reads the figures on
 * the vacancy's page and, through its link, the public company page with the comments — never the workers' names —
 * in Kyrgyz on a phone; the employer answers one comment on their company page, once (a second answer is refused),
 * and the answer appears under the comment on the public page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { apiCall, apiSession, publishedVacancy } from './support/api';
import { DEMO_PASSWORD, launchBrowser, logIn, newPhoneContext, screenshot } from './support/browser';
import { workersWhoRated } from './support/ratings';

const ky = JSON.parse(readFileSync(join(__dirname, '../apps/web/public/i18n/ky.json'), 'utf8')) as Record<string, Record<string, unknown>>;
const kyWord = (key: string): string => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], ky) as string;

const ANSWER = 'Рахмат! Жатаканы жазга чейин кеңейтебиз.';

describe('ratings from those who worked there', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('shows five workers’ ratings on the vacancy and the public company page in Kyrgyz, and the employer answers once', async () => {
    let page: Page | undefined;
    let employerPage: Page | undefined;
    try {
      const employer = (await apiSession('employer@demo.jumush.kg', DEMO_PASSWORD)).token;
      const attache = (await apiSession('attache@demo.jumush.kg', DEMO_PASSWORD)).token;
      const stamp = String(Date.now()).slice(-6);
      const vacancyId = await publishedVacancy(employer, attache, `Монтажник, баалар ${stamp}`);
      const company = await apiCall<{ id: string; legalName: string }>('GET', '/api/companies/mine', employer);
      const comments = [
        `Эмгек акыны өз убагында төлөштү ${stamp}-1`,
        `Жатакана тар, бирок таза ${stamp}-2`,
        `Мастер сылык мамиле кылат ${stamp}-3`,
        `Тамак акысыз эмес, бирок арзан ${stamp}-4`,
        `Иш оор, бирок акы адилеттүү ${stamp}-5`,
      ];
      const workers = await workersWhoRated(employer, attache, vacancyId, comments);
      expect(workers).toHaveLength(5);

      // The vacancy's page: the figures, and the way to the company's page.
      const context = await newPhoneContext(browser, 'ky-KG');
      await context.setExtraHTTPHeaders({ 'x-forwarded-for': `10.83.${Number(stamp) % 250}.1` });
      page = await context.newPage();
      await page.goto(`/ky/vacancies/${vacancyId}`);
      const summary = page.getByTestId('ratings-summary');
      await summary.waitFor();
      expect(Number(await summary.getAttribute('data-count'))).toBeGreaterThanOrEqual(5);
      expect(await summary.locator('h2').innerText()).toBe(kyWord('rating.title'));
      await page.getByTestId('rating-average-treatment').waitFor();
      expect(await page.getByTestId('rating-average-treatment').innerText()).toContain('5тен');
      expect(await page.getByTestId('ratings-not-enough').count()).toBe(0);
      await page.getByTestId('company-page-link').click();

      // The public company page: figures, count, share who recommend, the comments without names.
      await page.waitForURL(`**/ky/companies/${company.id}`);
      await page.locator(`[data-testid="company-page"][data-id="${company.id}"]`).waitFor();
      expect(await page.locator('h1').innerText()).toBe(company.legalName);
      expect(await page.getByTestId('ratings-count').innerText()).toContain('Баалар:');
      expect(await page.getByTestId('rating-recommend-share').innerText()).toMatch(/\d+ %/);
      for (const comment of comments) await page.locator('[data-testid="rating-comment"]', { hasText: comment }).waitFor();
      const text = await page.locator('main').innerText();
      for (const surname of ['Абдыкалыков', 'Бакиев', 'Жумабеков', 'Исаков', 'Токтогулов', 'Nurbek', 'Нурбек']) expect(text).not.toContain(surname);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await screenshot(page, 'ratings-company-page-ky');

      // The employer answers the second comment on their company page, once.
      const employerContext = await newPhoneContext(browser, 'ru-RU');
      await employerContext.setExtraHTTPHeaders({ 'x-forwarded-for': `10.84.${Number(stamp) % 250}.1` });
      employerPage = await employerContext.newPage();
      await logIn(employerPage, 'ru', 'employer@demo.jumush.kg', DEMO_PASSWORD);
      await employerPage.waitForURL((url) => !url.pathname.endsWith('/login'));
      await employerPage.goto('/ru/employer/company');
      const rating = employerPage.locator('[data-testid="employer-rating"]', { hasText: comments[1] });
      await rating.waitFor();
      expect(await rating.getAttribute('data-answered')).toBe('false');
      await rating.getByTestId('rating-answer-input').fill(ANSWER);
      await rating.getByTestId('rating-answer-send').click();
      await employerPage.locator('[data-testid="employer-rating"][data-answered="true"]', { hasText: comments[1] }).waitFor();
      expect(await rating.getByTestId('rating-answer-input').count()).toBe(0);
      await screenshot(employerPage, 'ratings-employer-answered');
      const ratingId = (await rating.getAttribute('data-id')) as string;
      const again = await apiCall('POST', `/api/companies/mine/ratings/${ratingId}/answer`, employer, { answer: 'Экинчи жолу.' }).then(
        () => 'accepted',
        (error: Error) => error.message,
      );
      expect(again).toContain('→ 409');
      expect(again).toContain('rating.alreadyAnswered');
      await employerContext.close();

      // The answer stands under the comment on the public page.
      await page.reload();
      const answered = page.locator('[data-testid="rating-comment"]', { hasText: comments[1] });
      await answered.getByTestId('rating-answer').waitFor();
      expect(await answered.getByTestId('rating-answer').innerText()).toContain(ANSWER);
      expect(await answered.getByTestId('rating-answer').innerText()).toContain(kyWord('rating.employerAnswer'));
      await screenshot(page, 'ratings-answer-ky');

      await context.close();
    } catch (error) {
      if (page) await screenshot(page, 'failure-ratings').catch(() => undefined);
      if (employerPage) await screenshot(employerPage, 'failure-ratings-employer').catch(() => undefined);
      throw error;
    }
  });
});
