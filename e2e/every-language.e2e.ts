/**
 * Journey (phone, 360 px): the key screens in each of the five languages, public and signed in as the demo
 * migrant. Each screen is saved as a screenshot (test-output/e2e/language-<lang>-<screen>.png) and checked
 * that no text overflows its box and the page never scrolls sideways — the longest language is whichever it
 * is on that screen, so every language is checked.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SUPPORTED_LOCALES } from '@jumush/domain';
import { horizontalOverflow } from './support/accessibility';
import { publicVacancyId } from './support/api';
import { DEMO_PASSWORD, launchBrowser, logIn, newPhoneContext, screenshot } from './support/browser';

const DEMO_MIGRANT = '+996555000001';
const DEMO_VACANCY_TITLE = 'Сварщик на строительство жилого комплекса';

/** A screen, and what shows it has rendered (its data has arrived). */
interface Screen {
  name: string;
  path: (vacancyId: string) => string;
  ready: string;
}

const PUBLIC_SCREENS: readonly Screen[] = [
  { name: 'landing', path: () => '', ready: 'h1' },
  { name: 'search', path: () => '/vacancies', ready: '[data-testid="vacancy-card"]' },
  { name: 'vacancy', path: (id) => `/vacancies/${id}`, ready: 'h1' },
  { name: 'login', path: () => '/login', ready: '#login-identifier' },
  { name: 'register', path: () => '/register', ready: '#register-as-migrant' },
];

const MIGRANT_SCREENS: readonly Screen[] = [
  { name: 'home', path: () => '/home', ready: '[data-testid="home-migrant"]' },
  { name: 'profile', path: () => '/profile', ready: 'h1' },
  { name: 'applications', path: () => '/applications', ready: 'h1' },
  { name: 'notifications', path: () => '/notifications', ready: '[data-testid="notification-preferences"]' },
];

async function visit(page: Page, lang: string, screen: Screen, vacancyId: string): Promise<string[]> {
  await page.goto(`/${lang}${screen.path(vacancyId)}`);
  await page.locator(screen.ready).first().waitFor();
  // Translations and data are in; let fonts and late layout settle before measuring.
  await page.waitForLoadState('networkidle');
  // A BCP 47 tag of the language: `uz-Latn` for Uzbek in Latin script.
  expect(await page.locator('html').getAttribute('lang')).toMatch(new RegExp(`^${lang}(-|$)`));
  await screenshot(page, `language-${lang}-${screen.name}`);
  return (await horizontalOverflow(page)).map((problem) => `${lang} ${screen.name}: ${problem}`);
}

describe('every screen in every language fits a 360 px phone', () => {
  let browser: Browser;
  let vacancyId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    vacancyId = await publicVacancyId(DEMO_VACANCY_TITLE);
  });

  afterAll(async () => {
    await browser.close();
  });

  it('public screens', async () => {
    const context = await newPhoneContext(browser);
    try {
      const page = await context.newPage();
      const problems: string[] = [];
      for (const lang of SUPPORTED_LOCALES) {
        for (const screen of PUBLIC_SCREENS) problems.push(...(await visit(page, lang, screen, vacancyId)));
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the migrant’s own screens', async () => {
    let context: BrowserContext | undefined;
    try {
      context = await newPhoneContext(browser);
      const page = await context.newPage();
      await logIn(page, 'ru', DEMO_MIGRANT, DEMO_PASSWORD);
      await page.getByTestId('home-migrant').waitFor();
      const problems: string[] = [];
      for (const lang of SUPPORTED_LOCALES) {
        for (const screen of MIGRANT_SCREENS) problems.push(...(await visit(page, lang, screen, vacancyId)));
      }
      expect(problems).toEqual([]);
    } finally {
      await context?.close();
    }
  });
});
