/** Debian's Chromium driven by playwright-core: no browser is ever downloaded. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const BASE_URL = process.env['E2E_BASE_URL'] ?? '';
export const ARTIFACTS = join(__dirname, '../../test-output/e2e');
export const DEMO_PASSWORD = 'jumush-demo-2026';

export const PHONE_VIEWPORT = { width: 360, height: 740 };

export async function launchBrowser(): Promise<Browser> {
  if (!BASE_URL) throw new Error('E2E_BASE_URL is not set: run the browser tests through `npm test`.');
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export async function newPhoneContext(browser: Browser, locale = 'ru-RU'): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    viewport: PHONE_VIEWPORT,
    locale,
    isMobile: true,
    hasTouch: true,
  });
  context.setDefaultTimeout(15_000);
  return context;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({
    path: join(ARTIFACTS, `${name}.png`),
    fullPage: true,
  });
}

export async function logIn(page: Page, lang: string, login: string, password: string): Promise<void> {
  await page.goto(`/${lang}/login`);
  await page.locator('#login-identifier').fill(login);
  await page.locator('#login-password').fill(password);
  await page.locator('button[type=submit]').click();
}
