/**
 * Journey: every page of every role meets WCAG 2.2 AA as far as a machine can tell (axe-core: no serious
 * or critical violation), on a 360 px phone and on a desktop, fits the phone without sideways scrolling
 * or text spilling out, stays usable at 200 % zoom, and the main tasks work with the keyboard alone.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiCall, apiLogin, letterCodeOf, migrantWhoApplied, publicVacancyId, shortlistAll } from './support/api';
import { focusIndicator, horizontalOverflow, seriousAxeViolations } from './support/accessibility';
import { BASE_URL, DEMO_PASSWORD, PHONE_VIEWPORT, launchBrowser, logIn, screenshot } from './support/browser';

const DESKTOP_VIEWPORT = { width: 1280, height: 800 };
// 200 % zoom of a 1280 × 800 window lays pages out in 640 × 400 CSS pixels, drawn at twice the density.
const ZOOMED_VIEWPORT = { width: 640, height: 400 };
const MIGRANT_PASSWORD = 'migrant-pass-2026';
// Not the vacancies other journeys decide batches for: this one's quota stays theirs.
const VACANCY = 'Повар в столовую завода';
const VACANCY_WITHOUT_APPLICANTS = 'Водитель погрузчика на склад';

type Viewport = 'phone' | 'desktop';

interface Visit {
  /** Below `/ru/`. */
  path: string;
  /** Shown in failure messages and screenshot names. */
  name: string;
  /** Brings the page into a state worth checking too (e.g. a form showing its errors). */
  then?: (page: Page) => Promise<void>;
}

interface Ids {
  vacancyId: string;
  emptyVacancyId: string;
  companyId: string;
  draftBatchId: string;
  submittedBatchId: string;
  letterCode: string;
  migrantPhone: string;
}

/** Waits until the routed page has its heading and finished loading its data. */
async function settled(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('main .loading-text, main mat-progress-bar, main mat-spinner'), undefined, {
    timeout: 15_000,
  });
  await page.evaluate(() => document.fonts.ready);
  // Material's ripples and transitions last up to about 300 ms; colours are measured after them.
  await page.waitForTimeout(350);
}

/** Sends a form without filling it in, so its fields show their errors. */
function submitEmpty(submit = 'main form button[type=submit]') {
  return async (page: Page): Promise<void> => {
    await page.locator(submit).first().click();
    await page.locator('main mat-error').first().waitFor();
    await page.waitForTimeout(350);
  };
}

async function newContext(browser: Browser, viewport: Viewport | 'zoomed'): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    locale: 'ru-RU',
    ...(viewport === 'phone'
      ? { viewport: PHONE_VIEWPORT, isMobile: true, hasTouch: true }
      : viewport === 'zoomed'
        ? { viewport: ZOOMED_VIEWPORT, deviceScaleFactor: 2 }
        : { viewport: DESKTOP_VIEWPORT }),
  });
  context.setDefaultTimeout(15_000);
  return context;
}

/** Visits each page; returns every problem found, one block per page, so one run shows them all. */
async function audit(page: Page, visits: Visit[], viewport: Viewport | 'zoomed', role: string, lang = 'ru'): Promise<string[]> {
  const problems: string[] = [];
  const check = async (label: string) => {
    const found = [...(await seriousAxeViolations(page)), ...(viewport === 'desktop' ? [] : await horizontalOverflow(page))];
    // Screen readers pick their voice from <html lang>: it follows the interface language (uz-Latn for uz).
    const htmlLang = await page.evaluate(() => document.documentElement.lang);
    if (htmlLang !== lang && !htmlLang.startsWith(`${lang}-`)) found.push(`<html lang="${htmlLang}"> on a page in "${lang}"`);
    if (found.length > 0) problems.push(`${label}:\n  ${found.join('\n  ')}`);
  };
  for (const visit of visits) {
    const label = `${role} ${visit.name} (/${lang}/${visit.path}, ${viewport})`;
    const shot = `a11y-${role}-${visit.name}${lang === 'ru' ? '' : `-${lang}`}`;
    try {
      await page.goto(`/${lang}/${visit.path}`);
      await settled(page);
      await check(label);
      if (viewport === 'phone') await screenshot(page, `${shot}-phone`);
      if (visit.then) {
        await visit.then(page);
        await check(`${label}, after interaction`);
        if (viewport === 'phone') await screenshot(page, `${shot}-errors-phone`);
      }
    } catch (error) {
      await screenshot(page, `failure-${shot}-${viewport}`).catch(() => undefined);
      problems.push(`${label}: could not be checked: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  return problems;
}

function publicPages(ids: Ids): Visit[] {
  return [
    { name: 'landing', path: '' },
    { name: 'login', path: 'login', then: submitEmpty() },
    { name: 'register', path: 'register', then: submitEmpty() },
    { name: 'search', path: 'vacancies' },
    { name: 'search-empty', path: 'vacancies?q=%D1%8A%D1%8A%D1%8A%D1%8A%D1%8A%D1%8A' },
    { name: 'vacancy', path: `vacancies/${ids.vacancyId}` },
    { name: 'company-public', path: `companies/${ids.companyId}` },
    { name: 'saved', path: 'saved' },
    { name: 'vacancy-missing', path: 'vacancies/00000000-0000-4000-8000-000000000000' },
    { name: 'verify-valid', path: `verify/${ids.letterCode}` },
    { name: 'verify-unknown', path: 'verify/NOT-A-REAL-CODE' },
    { name: 'transparency', path: 'transparency' },
    // The e-mailed links' pages, with a link that is not (or no longer) valid: the refusal state.
    { name: 'verify-email-refused', path: `verify-email/${'A'.repeat(43)}` },
    { name: 'invitation-invalid', path: `invitations/${'A'.repeat(43)}` },
    { name: 'not-found', path: 'no-such-page' },
  ];
}

function migrantPages(ids: Ids): Visit[] {
  return [
    { name: 'home', path: 'home' },
    { name: 'profile', path: 'profile' },
    { name: 'applications', path: 'applications' },
    { name: 'notifications', path: 'notifications' },
    { name: 'search', path: 'vacancies' },
    { name: 'vacancy', path: `vacancies/${ids.vacancyId}` },
    { name: 'saved', path: 'saved' },
    { name: 'help', path: 'help' },
    { name: 'grievances', path: 'grievances' },
    { name: 'grievance-new', path: 'grievances/new' },
  ];
}

function employerPages(ids: Ids): Visit[] {
  return [
    { name: 'home', path: 'home' },
    { name: 'company', path: 'employer/company' },
    { name: 'vacancies', path: 'employer/vacancies' },
    { name: 'vacancy-new', path: 'employer/vacancies/new', then: submitEmpty('[data-testid=submit-for-review]') },
    { name: 'vacancy-edit', path: `employer/vacancies/${ids.vacancyId}/edit` },
    { name: 'applicants', path: `employer/vacancies/${ids.vacancyId}/applicants` },
    { name: 'applicants-empty', path: `employer/vacancies/${ids.emptyVacancyId}/applicants` },
    { name: 'batch', path: `employer/batches/${ids.draftBatchId}` },
    { name: 'notifications', path: 'notifications' },
    { name: 'api-keys', path: 'employer/api-keys' },
    { name: 'webhooks', path: 'employer/webhooks' },
  ];
}

function officialPages(ids: Ids, role: 'attache' | 'admin'): Visit[] {
  return [
    { name: 'home', path: 'home' },
    { name: 'companies', path: 'attache/companies' },
    { name: 'company', path: `attache/companies/${ids.companyId}` },
    { name: 'vacancies', path: 'attache/vacancies' },
    { name: 'vacancy', path: `attache/vacancies/${ids.vacancyId}` },
    { name: 'batches', path: 'attache/batches' },
    { name: 'batch', path: `attache/batches/${ids.submittedBatchId}` },
    { name: 'help-directory', path: role === 'attache' ? 'attache/help' : 'admin/help' },
    { name: 'dashboard', path: role === 'attache' ? 'attache/dashboard' : 'admin/dashboard' },
    ...(role === 'attache'
      ? [{ name: 'notifications', path: 'notifications' }]
      : [
          { name: 'messages', path: 'admin/messages' },
          { name: 'failed-deliveries', path: 'admin/failed-deliveries' },
          { name: 'accounts', path: 'admin/accounts' },
          { name: 'reference', path: 'admin/reference' },
          { name: 'audit', path: 'admin/audit' },
          { name: 'countries', path: 'admin/countries' },
          { name: 'occupations', path: 'admin/occupations' },
        ]),
  ];
}

/** A letter is issued after the decision commits; its code appears on the batch shortly after. */
async function waitForLetterCode(attacheToken: string, batchId: string, applicationId: string): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      return await letterCodeOf(attacheToken, batchId, applicationId);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

/** The ids the pages with a parameter need: real ones, from the demo data or made here through the API. */
async function prepareIds(): Promise<Ids> {
  const vacancyId = await publicVacancyId(VACANCY);
  const emptyVacancyId = await publicVacancyId(VACANCY_WITHOUT_APPLICANTS);
  const employerToken = await apiLogin('employer@demo.jumush.kg', DEMO_PASSWORD);
  const attacheToken = await apiLogin('attache@demo.jumush.kg', DEMO_PASSWORD);
  const company = await apiCall<{ id: string }>('GET', '/api/companies/mine', employerToken);

  const candidates = [];
  for (const [surname, givenNames, surnameLatin, givenNamesLatin] of [
    ['Токтогулов', 'Эрлан', 'Toktogulov', 'Erlan'],
    ['Жумабаева', 'Айгерим', 'Zhumabaeva', 'Aigerim'],
    ['Сыдыков', 'Азамат', 'Sydykov', 'Azamat'],
  ]) {
    candidates.push(await migrantWhoApplied(vacancyId, { surname, givenNames, surnameLatin, givenNamesLatin }, MIGRANT_PASSWORD));
  }
  await shortlistAll(
    employerToken,
    vacancyId,
    candidates.map((candidate) => candidate.applicationId),
  );
  const [inDraft, inSubmitted, inDecided] = candidates;
  const newBatch = async (applicationId: string) =>
    (await apiCall<{ id: string }>('POST', '/api/batches', employerToken, { vacancyId, applicationIds: [applicationId] })).id;

  const draftBatchId = await newBatch(inDraft.applicationId);
  const submittedBatchId = await newBatch(inSubmitted.applicationId);
  await apiCall('POST', `/api/batches/${submittedBatchId}/submit`, employerToken);
  const decidedBatchId = await newBatch(inDecided.applicationId);
  await apiCall('POST', `/api/batches/${decidedBatchId}/submit`, employerToken);
  await apiCall(
    'POST',
    `/api/attache/batches/${decidedBatchId}/decision`,
    attacheToken,
    { kind: 'APPROVE_ALL' },
    { 'idempotency-key': `a11y-${decidedBatchId}` },
  );
  const letterCode = await waitForLetterCode(attacheToken, decidedBatchId, inDecided.applicationId);

  return {
    vacancyId,
    emptyVacancyId,
    companyId: company.id,
    draftBatchId,
    submittedBatchId,
    letterCode,
    // Applied and shortlisted: the timeline and the notification centre have something to show.
    migrantPhone: inSubmitted.phone,
  };
}

describe('accessibility', () => {
  let browser: Browser;
  let ids: Ids;

  beforeAll(async () => {
    browser = await launchBrowser();
    ids = await prepareIds();
  }, 120_000);

  afterAll(async () => {
    await browser.close();
  });

  const roles: Array<{ role: string; login: () => string | null; pages: (ids: Ids) => Visit[] }> = [
    { role: 'anonymous', login: () => null, pages: publicPages },
    { role: 'migrant-demo', login: () => '+996555000001', pages: migrantPages },
    { role: 'migrant-applied', login: () => ids.migrantPhone, pages: migrantPages },
    { role: 'employer', login: () => 'employer@demo.jumush.kg', pages: employerPages },
    { role: 'attache', login: () => 'attache@demo.jumush.kg', pages: (all) => officialPages(all, 'attache') },
    { role: 'admin', login: () => 'admin@demo.jumush.kg', pages: (all) => officialPages(all, 'admin') },
  ];

  for (const viewport of ['phone', 'desktop'] as const) {
    it.each(roles)(
      `every page of the $role passes axe (WCAG 2.2 AA) on a ${viewport}`,
      async ({ role, login, pages }) => {
        const context = await newContext(browser, viewport);
        const page = await context.newPage();
        const account = login();
        if (account) {
          await logIn(page, 'ru', account, account === ids.migrantPhone ? MIGRANT_PASSWORD : DEMO_PASSWORD);
          // An account's own language may take over after signing in; the pages are then visited in Russian.
          await page.waitForURL(/\/home$/);
        }
        const problems = await audit(page, pages(ids), viewport, role);
        await context.close();
        expect(problems.join('\n\n')).toBe('');
      },
      240_000,
    );
  }

  // Kyrgyz, Uzbek and Tajik words run longer than Russian ones: the pages must still fit a 360 px phone.
  const otherLanguages = [
    ...['ky', 'uz', 'tg'].map((lang) => ({ lang, ...roles[0] })),
    { lang: 'ky', ...roles.find((entry) => entry.role === 'migrant-applied')! },
  ];
  it.each(otherLanguages)(
    'every page of the $role passes axe and fits a phone in "$lang"',
    async ({ lang, role, login, pages }) => {
      const context = await newContext(browser, 'phone');
      const page = await context.newPage();
      const account = login();
      if (account) {
        await logIn(page, lang, account, MIGRANT_PASSWORD);
        await page.waitForURL(/\/home$/);
      }
      const problems = await audit(page, pages(ids), 'phone', role, lang);
      await context.close();
      expect(problems.join('\n\n')).toBe('');
    },
    240_000,
  );

  it('the main pages stay usable at 200 % zoom', async () => {
    const context = await newContext(browser, 'zoomed');
    const page = await context.newPage();
    const visits = publicPages(ids).filter((visit) => ['landing', 'login', 'search', 'vacancy', 'verify-valid'].includes(visit.name));
    const problems = await audit(page, visits, 'zoomed', 'anonymous');
    await logIn(page, 'ru', 'employer@demo.jumush.kg', DEMO_PASSWORD);
    await page.waitForURL(/\/home$/);
    problems.push(
      ...(await audit(
        page,
        employerPages(ids).filter((visit) => ['home', 'vacancies', 'vacancy-new'].includes(visit.name)),
        'zoomed',
        'employer',
      )),
    );
    await context.close();
    expect(problems.join('\n\n')).toBe('');
  }, 180_000);

  it('the checks themselves catch an unlabelled field, low contrast, a too-wide page and spilling text', async () => {
    const context = await newContext(browser, 'phone');
    const page = await context.newPage();
    await page.goto('/ru/login');
    await settled(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toEqual([]);

    await page.evaluate(() => {
      const main = document.querySelector('main');
      main?.insertAdjacentHTML(
        'beforeend',
        `<input id="unlabelled" type="text">
         <p style="color:#bbb;background:#fff">pale text</p>
         <div style="width:500px;height:4px"></div>
         <p id="narrow" style="width:40px;white-space:nowrap">Текст, который не помещается</p>`,
      );
    });
    const violations = (await seriousAxeViolations(page)).join('\n');
    expect(violations).toMatch(/\blabel\b.*\n.*#unlabelled/);
    expect(violations).toMatch(/color-contrast/);
    const overflow = (await horizontalOverflow(page)).join('\n');
    expect(overflow).toMatch(/the page is \d+px wide in a 360px viewport/);
    expect(overflow).toMatch(/"Текст, который не помещается".*p#narrow/);
    await context.close();
  });

  describe('keyboard only', () => {
    /** Presses Tab until `selector` has focus, checking that every stop on the way shows its focus. */
    async function tabTo(page: Page, selector: string, maxStops = 40): Promise<string[]> {
      const unseen: string[] = [];
      for (let stop = 0; stop < maxStops; stop++) {
        await page.keyboard.press('Tab');
        const { element, indicator } = await focusIndicator(page);
        if (!indicator) unseen.push(element);
        if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return unseen;
      }
      const focused = await focusIndicator(page);
      throw new Error(`${selector} was not reached in ${maxStops} presses of Tab (focus is on ${focused.element})`);
    }

    /** Runs a keyboard journey in its own context, with a screenshot if it fails. */
    async function withPage(viewport: Viewport, name: string, journey: (page: Page) => Promise<void>): Promise<void> {
      const context = await newContext(browser, viewport);
      const page = await context.newPage();
      try {
        await journey(page);
      } catch (error) {
        await screenshot(page, `failure-a11y-keyboard-${name}-${viewport}`).catch(() => undefined);
        throw error;
      } finally {
        await context.close();
      }
    }

    it.each(['phone', 'desktop'] as const)('signs in with the keyboard alone, focus always visible (%s)', (viewport) =>
      withPage(viewport, 'login', async (page) => {
        await page.goto('/ru/login');
        await settled(page);

        // The first Tab offers the skip link; it moves focus to the page content.
        const unseen = await tabTo(page, '.skip-link', 1);
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

        unseen.push(...(await tabTo(page, '#login-identifier')));
        await page.keyboard.type('employer@demo.jumush.kg');
        unseen.push(...(await tabTo(page, '#login-password', 3)));
        await page.keyboard.type(DEMO_PASSWORD);
        // The show/hide password button is on the way: reachable, and its focus visible too.
        unseen.push(...(await tabTo(page, 'main button[type=submit]', 4)));
        await screenshot(page, `a11y-keyboard-login-${viewport}`);
        expect(unseen).toEqual([]);
        await page.keyboard.press('Enter');
        await page.waitForURL(/\/ru\/home$/);
      }),
    );

    it.each(['phone', 'desktop'] as const)('searches, filters and opens a vacancy with the keyboard alone, focus always visible (%s)', (viewport) =>
      withPage(viewport, 'search', async (page) => {
        await page.goto('/ru/vacancies');
        await settled(page);

        const unseen = await tabTo(page, '#search-q');
        await page.keyboard.type('Повар');
        await page.keyboard.press('Enter');
        await page.waitForURL(/[?&]q=/);
        await page.waitForFunction((title) => document.querySelector('[data-testid="vacancy-card"] h3')?.textContent?.trim() === title, VACANCY);

        // A filter from the keyboard (in a panel that opens on phones, always shown on desktop); focus stays on it.
        if (viewport === 'phone') {
          unseen.push(...(await tabTo(page, '.filters-toggle')));
          await page.keyboard.press('Enter');
          await page.locator('.filters-toggle[aria-expanded="true"]').waitFor();
        }
        unseen.push(...(await tabTo(page, '#search-travel-paid')));
        await page.keyboard.press('Space');
        await page.waitForURL(/travelPaid=true/);
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-travel-paid');
        if (viewport === 'phone') {
          unseen.push(...(await tabTo(page, '.filters .done')));
          await page.keyboard.press('Enter');
          // Closing the panel returns focus to the button that opened it.
          expect(await page.evaluate(() => document.activeElement?.classList.contains('filters-toggle'))).toBe(true);
        }
        // The filtered results have arrived (not the previous ones, about to be replaced).
        await page.waitForFunction(
          (title) =>
            document.querySelector('.results')?.getAttribute('aria-busy') === 'false' &&
            document.querySelector('[data-testid="vacancy-card"] h3')?.textContent?.trim() === title,
          VACANCY,
        );

        unseen.push(...(await tabTo(page, '[data-testid="vacancy-card"] a')));
        await screenshot(page, `a11y-keyboard-search-${viewport}`);
        await page.keyboard.press('Enter');
        await page.waitForURL(/\/ru\/vacancies\/[0-9a-f-]{36}/);
        await settled(page);
        expect(await page.locator('main h1').innerText()).toBe(VACANCY);
        // The vacancy's main action (sign in to apply) is reachable too.
        unseen.push(...(await tabTo(page, '[data-testid="apply-login"]')));
        expect(unseen).toEqual([]);
      }),
    );
  });
});
