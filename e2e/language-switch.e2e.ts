/** Journey: the language switcher changes the page text and the URL in all five languages, and the choice is remembered. */
import type { Browser } from 'playwright-core';
import { launchBrowser, newPhoneContext, screenshot } from './support/browser';

describe('language switch', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('switches the login page between Russian, Kyrgyz and English', async () => {
    const context = await newPhoneContext(browser, 'ru-RU');
    const page = await context.newPage();
    await page.goto('/ru/login');
    const submit = page.locator('button[type=submit]');
    await submit.waitFor();
    const russian = (await submit.innerText()).trim();
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');

    await page.locator('#language-switcher').selectOption('ky');
    await page.waitForURL(/\/ky\/login$/);
    await page.waitForFunction((before) => document.querySelector('button[type=submit]')?.textContent?.trim() !== before, russian);
    const kyrgyz = (await submit.innerText()).trim();
    expect(kyrgyz).not.toBe(russian);
    expect(await page.locator('html').getAttribute('lang')).toBe('ky');
    await screenshot(page, 'login-ky');

    await page.locator('#language-switcher').selectOption('en');
    await page.waitForURL(/\/en\/login$/);
    await page.waitForFunction((before) => document.querySelector('button[type=submit]')?.textContent?.trim() !== before, kyrgyz);
    expect((await submit.innerText()).trim()).toMatch(/log in|sign in/i);

    // The choice is remembered: the bare address opens in English now.
    await page.goto('/');
    await page.waitForURL(/\/en(\/|$)/);
    await context.close();
  });

  it('switches to Uzbek (Latin script) and to Tajik, in the URL, the page and <html lang>', async () => {
    const context = await newPhoneContext(browser, 'ru-RU');
    const page = await context.newPage();
    await page.goto('/ru/login');
    const submit = page.locator('button[type=submit]');
    await submit.waitFor();
    expect((await submit.innerText()).trim()).toBe('Войти');

    await page.locator('#language-switcher').selectOption('uz');
    await page.waitForURL(/\/uz\/login$/);
    await page.waitForFunction(() => document.querySelector('button[type=submit]')?.textContent?.trim() === 'Kirish');
    expect(await page.locator('html').getAttribute('lang')).toBe('uz-Latn');
    expect(await page.title()).toContain('Kirish');
    expect(await page.locator('#language-switcher').inputValue()).toBe('uz');
    await screenshot(page, 'login-uz');

    await page.locator('#language-switcher').selectOption('tg');
    await page.waitForURL(/\/tg\/login$/);
    await page.waitForFunction(() => document.querySelector('button[type=submit]')?.textContent?.trim() === 'Ворид шудан');
    expect(await page.locator('html').getAttribute('lang')).toBe('tg');
    // The switcher names every language in itself.
    expect((await page.locator('#language-switcher option').allInnerTexts()).map((name) => name.trim())).toEqual([
      'Кыргызча',
      'Русский',
      'Oʻzbekcha',
      'Тоҷикӣ',
      'English',
    ]);
    await screenshot(page, 'login-tg');

    // Public pages speak it too, and a reload stays in Tajik.
    await page.goto('/tg/vacancies');
    await page.locator('h1').filter({ hasText: 'Кор дар Русия' }).waitFor();
    // A shared vacancy link previews in Tajik: the web server writes its Open Graph tags for /tg/ pages too.
    const firstVacancy = await page.locator('a[href*="/tg/vacancies/"]').first().getAttribute('href');
    expect(firstVacancy).toMatch(/^\/tg\/vacancies\/[0-9a-f-]{36}$/);
    const preview = await (await context.request.get(firstVacancy ?? '')).text();
    expect(preview).toContain('<meta property="og:locale" content="tg_TJ" />');
    expect(preview).toContain('Музди моҳона:');
    await page.goto('/');
    await page.waitForURL(/\/tg(\/|$)/);
    await context.close();
  });

  it.each([
    ['uz-Latn-UZ', 'uz'],
    ['tg-TJ', 'tg'],
  ])('opens the bare address of a %s browser in %s', async (browserLocale, lang) => {
    const context = await newPhoneContext(browser, browserLocale);
    const page = await context.newPage();
    await page.goto('/');
    await page.waitForURL(new RegExp(`/${lang}(/|$)`));
    await context.close();
  });

  it('opens the bare address in the browser language', async () => {
    const context = await newPhoneContext(browser, 'ky-KG');
    const page = await context.newPage();
    await page.goto('/');
    await page.waitForURL(/\/ky(\/|$)/);
    await context.close();
  });
});
