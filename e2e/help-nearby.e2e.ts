/**
 * Journey: help nearby, in Kyrgyz on a phone. A migrant who has departed for a job in Moscow (region 77) sees
 * "Get help now" on every page, opens the help for that region (Kyrgyz speakers first), still reads it after the
 * connection drops (service worker cache, as in offline.e2e), and, back online, opens a grievance through the form
 * that then appears in their list with its status in Kyrgyz.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { apiCall, apiSession, migrantWhoApplied, publishedVacancy } from './support/api';
import { DEMO_PASSWORD, launchBrowser, logIn, newPhoneContext, screenshot } from './support/browser';

const PASSWORD = 'migrant-pass-2026';
const DESCRIPTION = 'Иш берүүчү убада кылынган айлыктын жарымын гана төлөдү.';
const ky = JSON.parse(readFileSync(join(__dirname, '../apps/web/public/i18n/ky.json'), 'utf8')) as Record<string, Record<string, unknown>>;
const kyWord = (key: string): string => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], ky) as string;

describe('help nearby', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('shows "Get help now" once departed, keeps the region’s help offline, and opens a grievance from the form, in Kyrgyz', async () => {
    let page: Page | undefined;
    try {
      // Set-up through the API: a Kyrgyz migrant approved for a job in Moscow (region 77), who has departed.
      const employer = (await apiSession('employer@demo.jumush.kg', DEMO_PASSWORD)).token;
      const attache = (await apiSession('attache@demo.jumush.kg', DEMO_PASSWORD)).token;
      const stamp = String(Date.now()).slice(-6);
      const vacancyTitle = `Штукатур, помощь рядом ${stamp}`;
      const vacancyId = await publishedVacancy(employer, attache, vacancyTitle);
      const migrant = await migrantWhoApplied(
        vacancyId,
        { surname: 'Токтогулов', givenNames: 'Азамат', surnameLatin: 'Toktogulov', givenNamesLatin: 'Azamat' },
        PASSWORD,
      );
      await apiCall('POST', `/api/vacancies/mine/${vacancyId}/applications/decisions`, employer, {
        decision: 'shortlist',
        applicationIds: [migrant.applicationId],
      });
      const batch = await apiCall<{ id: string }>('POST', '/api/batches', employer, { vacancyId, applicationIds: [migrant.applicationId] });
      await apiCall('POST', `/api/batches/${batch.id}/submit`, employer);
      await apiCall(
        'POST',
        `/api/attache/batches/${batch.id}/decision`,
        attache,
        { kind: 'APPROVE_ALL' },
        { 'idempotency-key': `e2e-help-${batch.id}` },
      );
      await apiCall('POST', `/api/applications/mine/${migrant.applicationId}/depart`, migrant.token, {});
      // The Kyrgyz attaché's own entry for Moscow, in Kyrgyz: it must come first for this migrant.
      const entryName = `Кыргыз мигранттарына жардам борбору ${stamp}`;
      const entry = await apiCall<{ id: string }>('POST', '/api/help-contacts', attache, {
        name: entryName,
        kind: 'NGO',
        regions: ['77'],
        languages: ['ky'],
        phone: '+7 000 000-77-77',
        hours: { mon: '09:00–18:00' },
      });

      const context = await newPhoneContext(browser, 'ky-KG');
      context.setDefaultTimeout(30_000);
      await context.setExtraHTTPHeaders({ 'x-forwarded-for': `10.83.${Number(stamp) % 250}.1` });
      page = await context.newPage();
      await logIn(page, 'ky', migrant.phone, PASSWORD);
      await page.getByTestId('home-migrant').waitFor();

      // "Get help now" on the home page and on every other migrant page; reachable from the keyboard.
      const getHelp = page.getByTestId('get-help-now');
      await getHelp.waitFor();
      expect((await getHelp.innerText()).trim()).toContain(kyWord('help.getHelpNow'));
      await page.locator('#nav-my-applications').click();
      await page.getByTestId('my-application').first().waitFor();
      await getHelp.waitFor();

      // The service worker takes over once the app is stable (offline.e2e.ts): from then on the help is kept.
      await page.waitForFunction(
        async () => {
          const registration = await navigator.serviceWorker?.getRegistration();
          return !!registration?.active;
        },
        undefined,
        { timeout: 45_000 },
      );
      await page.goto('/ky/home');
      await page.waitForFunction(() => !!navigator.serviceWorker.controller);
      await getHelp.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/ky\/help$/);
      await page.getByTestId('help-contact').first().waitFor();
      expect(await page.getByTestId('help-region').getAttribute('data-region')).toBe('77');
      // Every entry helps in Moscow or all of Russia; the Uzbek consul in Petersburg is not among them.
      const texts = await page.getByTestId('help-contact').allInnerTexts();
      expect(texts.some((text) => text.includes('Узбекистана'))).toBe(false);
      // Those speaking Kyrgyz come first: the attaché's new entry is among them, before any entry without Kyrgyz.
      const languages = await page.locator('[data-testid="help-contact"] [data-testid="help-languages"]').allInnerTexts();
      const speaksKyrgyz = languages.map((text) => text.includes(kyWord('language.ky')));
      const own = texts.findIndex((text) => text.includes(entryName));
      expect(own).toBeGreaterThanOrEqual(0);
      expect(speaksKyrgyz.slice(0, own + 1).every(Boolean)).toBe(true);
      expect(speaksKyrgyz).toContain(false);
      expect(speaksKyrgyz).toEqual([...speaksKyrgyz].sort((a, b) => Number(b) - Number(a)));
      expect(page.url()).toContain('/ky/help');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await screenshot(page, 'help-nearby-1-online-ky');

      // The connection drops: the help still opens, its list from the service worker's cache.
      await context.setOffline(true);
      await page.getByTestId('offline-indicator').waitFor();
      expect(await page.evaluate(async () => (await fetch(`/api/help/mine?lang=ru&never=${Date.now()}`).catch(() => null))?.status ?? 0)).not.toBe(
        200,
      );
      await page.locator('#nav-my-applications').click();
      await page.getByTestId('my-application').first().waitFor();
      await page.getByTestId('get-help-now').click();
      await page.waitForURL(/\/ky\/help$/);
      await page.locator('[data-testid="help-contact"]', { hasText: entryName }).waitFor();
      await screenshot(page, 'help-nearby-2-offline-ky');
      await context.setOffline(false);
      await page.getByTestId('offline-indicator').waitFor({ state: 'detached' });

      // A grievance through the form: the job is the departed one, anonymous towards the employer by default.
      await page.goto('/ky/grievances');
      await page.getByTestId('my-grievances-empty').waitFor();
      await page.getByTestId('open-grievance').click();
      await page.waitForURL(/\/ky\/grievances\/new$/);
      const job = page.getByTestId('grievance-job');
      await job.waitFor();
      expect(await job.inputValue()).toBe(migrant.applicationId);
      expect(await page.getByTestId('grievance-anonymous').isChecked()).toBe(true);
      // Sent without a category: the field says what is missing, in Kyrgyz.
      await page.getByTestId('grievance-description').fill(DESCRIPTION);
      await page.getByTestId('grievance-submit').click();
      await page.locator('#grievance-category-error').waitFor();
      await page.getByTestId('grievance-category').selectOption('wage');
      await page.getByTestId('grievance-submit').click();
      await page.waitForURL(/\/ky\/grievances$/);
      const mine = page.getByTestId('my-grievance');
      await mine.first().waitFor();
      expect(await mine.count()).toBe(1);
      expect(await mine.first().getAttribute('data-status')).toBe('RECEIVED');
      expect((await page.getByTestId('my-grievance-status').first().innerText()).trim()).toBe(kyWord('grievance.status.RECEIVED'));
      expect(await mine.first().innerText()).toContain(vacancyTitle);
      expect(await mine.first().innerText()).toContain(kyWord('grievance.anonymous'));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await screenshot(page, 'help-nearby-3-grievance-listed-ky');

      await apiCall('DELETE', `/api/help-contacts/${entry.id}`, attache);
      await context.close();
    } catch (error) {
      if (page) await screenshot(page, 'failure-help-nearby').catch(() => undefined);
      throw error;
    }
  });
});
