/**
 * Journey: the oversight dashboards (issue 15). The demo attaché opens the dashboard from their home page: the
 * totals, the weekly chart, the rankings and the stage times show figures; a week is read with the keyboard and as a
 * table; a preset period goes into the URL; a chart's CSV downloads; the page passes the accessibility check on a
 * phone; the monthly report downloads as a PDF. The admin opens every country's dashboard filtered to one country.
 * Signing in goes through the shared helpers (support/browser logIn with the demo staff's authenticator keys).
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { horizontalOverflow, seriousAxeViolations } from './support/accessibility';
import { DEMO_PASSWORD, launchBrowser, logIn, newPhoneContext, screenshot } from './support/browser';

/** Waits for the figures (not the progress bar) and gives the page back. */
async function figuresShown(page: Page): Promise<void> {
  await page.getByTestId('dashboard-totals').waitFor();
  await page.locator('jm-load-state .bar').waitFor({ state: 'detached' });
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path()) as string) };
}

describe('the oversight dashboards', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('the attaché reads the figures as charts and tables and downloads a chart as CSV, on a phone', async () => {
    const context = await newPhoneContext(browser);
    const page = await context.newPage();
    try {
      await logIn(page, 'ru', 'attache@demo.jumush.kg', DEMO_PASSWORD);
      await page.waitForURL((url) => url.pathname === '/ru/home');
      await page.getByTestId('home-dashboard').locator('a').click();
      await page.waitForURL((url) => url.pathname === '/ru/attache/dashboard');
      // The whole year: the demo data's moves are recent, this period holds them whatever the day.
      await page.getByTestId('preset-year').click();
      await page.waitForURL((url) => url.searchParams.has('from') && url.searchParams.has('to'));
      const from = new URL(page.url()).searchParams.get('from') ?? '';
      expect(from).toMatch(/^\d{4}-01-01$/);
      await figuresShown(page);
      expect(await page.getByTestId('preset-year').getAttribute('aria-pressed')).toBe('true');

      // Totals: the demo attaché's country has applications (the demo migrants applied).
      const applied = Number(((await page.getByTestId('total-applied').textContent()) ?? '').replace(/\D/g, ''));
      expect(applied).toBeGreaterThan(0);

      // The weekly chart: a column per week, each naming its figures; one is read with the keyboard.
      const columns = page.getByTestId('chart-volumes-by-week').getByTestId('bar-chart-column');
      expect(await columns.count()).toBeGreaterThan(0);
      const labels = await columns.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? ''));
      expect(labels.some((label) => /[1-9]/.test(label))).toBe(true);
      // The pointer away from the chart first: focusing scrolls the chart, and a column passing under the pointer
      // would take the detail over (hovering shows a column's figures too).
      await page.mouse.move(0, 0);
      await columns.last().focus();
      const detail = page.getByTestId('bar-chart-detail');
      await page.waitForFunction((expected) => document.querySelector('[data-testid="bar-chart-detail"]')?.textContent === expected, labels.at(-1));
      expect(await detail.textContent()).toBe(labels.at(-1));
      await page.getByTestId('chart-volumes-by-week').getByTestId('chart-view-toggle').click();
      const weekRows = page.getByTestId('bar-chart-table').locator('tbody tr');
      await weekRows.first().waitFor();
      expect(await weekRows.count()).toBe(labels.length);

      // The rankings and the stage times have rows with figures.
      const regionRow = page.getByTestId('chart-by-region').getByTestId('ranking-row').first();
      expect(await regionRow.textContent()).toMatch(/\d/);
      await page.getByTestId('chart-stage-times').waitFor();
      await screenshot(page, 'dashboard-attache');

      // The page passes the accessibility check, and fits the phone (charts scroll inside their own box).
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toEqual([]);

      // A chart's CSV: the same period, a header and a row per region.
      const csv = await downloaded(page, () => page.getByTestId('csv-by-region').click());
      expect(csv.name).toMatch(/^jumush-by-region-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
      const lines = csv.bytes.toString('utf8').trim().split(/\r?\n/);
      expect(lines.length).toBeGreaterThan(1);
      expect(lines.slice(1).some((line) => /\d/.test(line))).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('the attaché downloads the monthly report of the last whole month as a PDF', async () => {
    const context = await newPhoneContext(browser);
    const page = await context.newPage();
    try {
      await logIn(page, 'ru', 'attache@demo.jumush.kg', DEMO_PASSWORD);
      await page.waitForURL((url) => url.pathname === '/ru/home');
      await page.goto('/ru/attache/dashboard');
      await figuresShown(page);
      // The monthly report of the month offered (the last whole one): a PDF.
      const month = await page.getByTestId('report-month').inputValue();
      expect(month).toMatch(/^\d{4}-\d{2}$/);
      const report = await downloaded(page, () => page.getByTestId('report-download').click());
      expect(report.name).toBe(`jumush-monthly-report-${month}.pdf`);
      expect(report.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    } finally {
      await context.close();
    }
  });

  it('the admin reads one country’s figures, the filter in the URL', async () => {
    const context = await newPhoneContext(browser);
    const page = await context.newPage();
    try {
      await logIn(page, 'ru', 'admin@demo.jumush.kg', DEMO_PASSWORD);
      await page.waitForURL((url) => url.pathname === '/ru/home');
      await page.getByTestId('home-dashboard').locator('a').click();
      await page.waitForURL((url) => url.pathname === '/ru/admin/dashboard');
      await figuresShown(page);
      await page.getByTestId('filter-country').selectOption('KG');
      await page.waitForURL((url) => url.searchParams.get('country') === 'KG');
      await figuresShown(page);
      expect(await page.getByTestId('dashboard-period').textContent()).toContain('Кыргызстан');
      expect(await page.getByTestId('chart-volumes-by-week').getByTestId('bar-chart-column').count()).toBeGreaterThan(0);
      await screenshot(page, 'dashboard-admin');
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
