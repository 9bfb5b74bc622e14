/** Debian's Chromium driven by playwright-core: no browser is ever downloaded. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DEMO_TOTP_SECRETS, freshTotpCode } from './two-factor';

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

/**
 * Signs in on the login page. An account with two-factor on (the demo staff, or `totpSecret` given) then types a
 * fresh code from its secret on the second step.
 */
export async function logIn(
  page: Page,
  lang: string,
  login: string,
  password: string,
  totpSecret: string | undefined = DEMO_TOTP_SECRETS[login],
): Promise<void> {
  await page.goto(`/${lang}/login`);
  await page.locator('#login-identifier').fill(login);
  await page.locator('#login-password').fill(password);
  await page.locator('button[type=submit]').click();
  if (!totpSecret) return;
  // A wrong password stays on the first step with its problem shown.
  const step = await Promise.race([
    page
      .locator('#login-two-factor-code')
      .waitFor()
      .then(() => 'code' as const),
    page
      .locator('jm-problem-alert .problem')
      .waitFor()
      .then(() => 'refused' as const),
  ]);
  if (step === 'code') await enterTotpCode(page, totpSecret);
}

/** The second sign-in step: a fresh code of the secret, typed; again with the next step if it was refused. */
export async function enterTotpCode(page: Page, totpSecret: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const field = page.locator('#login-two-factor-code');
    await field.waitFor();
    await field.fill(await freshTotpCode(totpSecret));
    await field.press('Enter');
    const outcome = await Promise.race([
      page.waitForURL((url) => !url.pathname.endsWith('/login')).then(() => 'in' as const),
      page
        .locator('jm-problem-alert .problem')
        .waitFor()
        .then(() => 'refused' as const),
    ]);
    if (outcome === 'in' || attempt >= 3) return;
  }
}
