/**
 * Journey: an employer registers a company, the attaché verifies it, the employer posts a vacancy,
 * the attaché publishes it, and a visitor finds it by an occupation name in Russian and in Kyrgyz. A second vacancy
 * whose terms do not add up (housing dearer than the wage, 72 hours a week) is shown in red to the employer while
 * typing and to the attaché at review, and rejected.
 */
import type { Browser, Page } from 'playwright-core';
import { VacancyTermsFindingCode as Finding } from '@jumush/contracts/client';
import { isValidInn, isValidOgrn } from '@jumush/domain';
import { apiLogin } from './support/api';
import { DEMO_PASSWORD, launchBrowser, logIn, newPhoneContext, screenshot } from './support/browser';
import { mailedLink } from './support/messages';

function withCheckDigit(body: string, valid: (candidate: string) => boolean): string {
  for (let digit = 0; digit <= 9; digit++) if (valid(`${body}${digit}`)) return `${body}${digit}`;
  throw new Error('no check digit');
}
const digits = (count: number) => Array.from({ length: count }, () => Math.floor(Math.random() * 10)).join('');
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The red findings of 35 000 ₽ housing, a 30 000 ₽ wage and 72 hours a week over 6 months (libs/domain honest-terms). */
const RED_FINDINGS: string[] = [
  Finding.HousingCostsWage,
  Finding.HoursAboveNormalWeek,
  Finding.OvertimeAboveYearlyLimit,
  Finding.HourlyWageBelowFloor,
];

async function decide(page: Page, buttonTestId: string): Promise<void> {
  await page.getByTestId(buttonTestId).click();
  await page.getByTestId('confirm-decision').click();
  await page.getByTestId('decision-done').waitFor();
}

describe('employer → attaché → public search', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('takes a vacancy from a new employer to a migrant’s search results', async () => {
    const pages: Array<[string, Page]> = [];
    try {
      await journey(pages);
    } catch (error) {
      // Leave a picture of every open page behind for whoever reads the failure.
      for (const [name, page] of pages) await screenshot(page, `failure-${name}`).catch(() => undefined);
      throw error;
    }
  });

  async function journey(pages: Array<[string, Page]>): Promise<void> {
    const suffix = digits(6);
    const legalName = `ООО «Сварка-${suffix}»`;
    const title = `Сварщик на завод ${suffix}`;
    const email = `hr-${suffix}@svarka.example`;

    // The employer registers and registers the company.
    const employerContext = await newPhoneContext(browser);
    const employer = await employerContext.newPage();
    pages.push(['employer', employer]);
    await employer.goto('/ru/register');
    await employer.locator('#register-as-employer').click();
    await employer.locator('#register-email').fill(email);
    await employer.locator('#register-full-name').fill('Ольга Смирнова');
    await employer.locator('#register-password').fill('employer-pass-2026');
    await employer.locator('button[type=submit]').click();
    await employer.getByTestId('home-employer').waitFor();
    // The address is confirmed from the e-mail the worker sent, as the employer would: until then employer pages wait.
    await employer.goto(await mailedLink(await apiLogin('admin@demo.jumush.kg', DEMO_PASSWORD), email, '/verify-email/'));
    await employer.getByTestId('email-confirmed').waitFor();
    await employer.goto('/ru/employer/company');
    await employer.locator('#company-legal-name').fill(legalName);
    await employer.locator('#company-inn').fill(withCheckDigit(`77${digits(7)}`, (value) => isValidInn(value, 'legalEntity')));
    await employer.locator('#company-ogrn').fill(withCheckDigit(`1${digits(11)}`, (value) => isValidOgrn(value, 'legalEntity')));
    await employer.locator('#company-address').fill('г. Москва, ул. Заводская, д. 5');
    await employer.locator('#company-region').selectOption('77');
    await employer.locator('#company-contact').fill('Ольга Смирнова');
    await employer.locator('#company-phone').fill('+7 916 555-44-33');
    await employer.locator('#company-email').fill(email);
    await employer.getByTestId('register-company').click();
    await employer.getByTestId('company-card').waitFor();
    await screenshot(employer, 'employer-company-pending-ru');

    // The attaché verifies it from the queue.
    const attacheContext = await newPhoneContext(browser);
    const attache = await attacheContext.newPage();
    pages.push(['attache', attache]);
    await logIn(attache, 'ru', 'attache@demo.jumush.kg', DEMO_PASSWORD);
    await attache.getByTestId('home-attache').waitFor();
    await attache.goto('/ru/attache/companies');
    await attache.getByText(legalName).first().click();
    await decide(attache, 'verify-company');

    // The employer posts a vacancy and submits it for review.
    await employer.goto('/ru/employer/vacancies/new');
    await employer.locator('#vacancy-title').fill(title);
    await employer.locator('#vacancy-occupation-code').selectOption('7212');
    await employer.locator('#vacancy-region-code').selectOption('77');
    await employer.locator('#vacancy-town').fill('Москва');
    await employer.locator('#vacancy-monthly-wage-roubles').fill('95000');
    await employer.locator('#vacancy-weekly-hours').fill('40');
    await employer.locator('#vacancy-shift-pattern').selectOption('DAY');
    await employer.locator('#vacancy-housing').selectOption('FREE');
    await employer.locator('#vacancy-meals').selectOption('FREE');
    await employer.locator('#vacancy-travel-paid').check();
    await employer.locator('#vacancy-insurance').check();
    await employer.locator('#vacancy-contract-months').fill('12');
    await employer.locator('#vacancy-start-date').fill(inDays(60));
    await employer.locator('#vacancy-positions').fill('10');
    await employer.locator('#vacancy-russian-level').selectOption('BASIC');
    await employer.locator('#vacancy-experience-years').fill('1');
    await employer.locator('#vacancy-description').fill('Сварка металлоконструкций, общежитие рядом с заводом.');
    await employer.locator('#vacancy-application-deadline').fill(inDays(30));
    await employer.getByTestId('submit-for-review').click();
    await employer.getByTestId('editor-notice').waitFor();
    await screenshot(employer, 'employer-vacancy-submitted-ru');

    // The attaché publishes it.
    await attache.goto('/ru/attache/vacancies');
    await attache.getByText(title).first().click();
    await decide(attache, 'publish-vacancy');

    // A vacancy whose terms do not add up: 35 000 ₽ housing on a 30 000 ₽ wage, 72 hours a week. The wage alone is above
    // the floor of Sverdlovsk Oblast (the federal МРОТ), so it may be submitted; the editor says in red what it adds up to.
    const dishonest = `Разнорабочий на вахту ${suffix}`;
    await employer.goto('/ru/employer/vacancies/new');
    await employer.locator('#vacancy-title').fill(dishonest);
    await employer.locator('#vacancy-occupation-code').selectOption('7212');
    await employer.locator('#vacancy-region-code').selectOption('66');
    await employer.locator('#vacancy-town').fill('Екатеринбург');
    await employer.locator('#vacancy-monthly-wage-roubles').fill('30000');
    await employer.locator('#vacancy-weekly-hours').fill('72');
    await employer.locator('#vacancy-shift-pattern').selectOption('DAY');
    await employer.locator('#vacancy-housing').selectOption('PAID');
    await employer.locator('#vacancy-housing-cost-roubles').fill('35000');
    await employer.locator('#vacancy-meals').selectOption('FREE');
    await employer.locator('#vacancy-contract-months').fill('6');
    await employer.locator('#vacancy-start-date').fill(inDays(60));
    await employer.locator('#vacancy-positions').fill('5');
    await employer.locator('#vacancy-russian-level').selectOption('BASIC');
    await employer.locator('#vacancy-application-deadline').fill(inDays(30));
    const redFindings = (page: Page) => page.locator('[data-testid="terms-finding"][data-severity="danger"]');
    await employer.locator(`[data-finding="${Finding.HousingCostsWage}"]`).waitFor();
    expect(await redFindings(employer).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-finding')))).toEqual(RED_FINDINGS);
    await screenshot(employer, 'employer-vacancy-dishonest-terms-ru');
    await employer.getByTestId('submit-for-review').click();
    await employer.getByTestId('editor-notice').waitFor();

    // The attaché sees the same findings in red, with the figures and the law, and the wage without its green tick.
    await attache.goto('/ru/attache/vacancies');
    await attache.getByText(dishonest).first().click();
    await attache.locator(`[data-finding="${Finding.HousingCostsWage}"]`).waitFor();
    expect(await redFindings(attache).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-finding')))).toEqual(RED_FINDINGS);
    const said = (await redFindings(attache).allInnerTexts()).map((text) => text.replace(/\s+/g, ' '));
    expect(said[0]).toMatch(/Жильё стоит 35 000 ₽ в месяц, а зарплата — 30 000 ₽: после оплаты жилья остаётся [-−]5 000 ₽/);
    expect(said[1]).toContain(
      '72 ч в неделю — на 32 ч больше нормальной продолжительности рабочего времени, 40 ч в неделю (Трудовой кодекс РФ, ст. 91)',
    );
    expect(said[2]).toContain('(Трудовой кодекс РФ, ст. 99)');
    expect(said[3]).toContain('за час работы платят 96,15 ₽');
    expect(await attache.getByTestId('wage-floor-check').getAttribute('class')).toContain('bad');
    await screenshot(attache, 'attache-vacancy-dishonest-terms-ru');
    await attache.getByTestId('reject').click();
    await attache.locator('#decision-reason').fill('Жильё дороже зарплаты, 72 часа в неделю.');
    await attache.getByTestId('confirm-decision').click();
    await attache.getByTestId('decision-done').waitFor();

    // A visitor, signed out, finds it in Russian and in Kyrgyz, and opens its page.
    const visitorContext = await newPhoneContext(browser, 'ky-KG');
    const visitor = await visitorContext.newPage();
    pages.push(['visitor', visitor]);
    for (const [lang, query] of [
      ['ru', 'сварщик'],
      ['ky', 'ширетүүчү'],
    ]) {
      await visitor.goto(`/${lang}/vacancies`);
      await visitor.locator('#search-q').fill(`${query} ${suffix}`);
      await visitor.locator('[data-testid="vacancy-card"]', { hasText: title }).first().waitFor();
      await screenshot(visitor, `search-${lang}`);
    }
    await visitor.locator('[data-testid="vacancy-card"]', { hasText: title }).first().locator('a').first().click();
    await visitor.waitForURL(/\/ky\/vacancies\/[0-9a-f-]{36}$/);
    await visitor.getByTestId('vacancy-employer').waitFor();
    expect(await visitor.getByTestId('vacancy-employer').innerText()).toContain(legalName);
    await screenshot(visitor, 'vacancy-page-ky');

    await Promise.all([employerContext.close(), attacheContext.close(), visitorContext.close()]);
  }
});
