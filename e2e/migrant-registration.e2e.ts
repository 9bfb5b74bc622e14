/** Journey: a migrant registers with a Kyrgyz phone number, is signed in, signs out and back in. */
import type { Browser } from 'playwright-core';
import { launchBrowser, logIn, newPhoneContext, screenshot } from './support/browser';

describe('migrant registration', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('registers, lands on the migrant home page, logs out and logs in again', async () => {
    const context = await newPhoneContext(browser, 'ky-KG');
    const page = await context.newPage();
    const phone = `+99677${String(Date.now()).slice(-7)}`;
    const password = 'менин-сырсөзүм-2026';

    await page.goto('/ky/register');
    await page.locator('#register-as-migrant').click();

    // The form checks the number with the same rule as the API before sending it.
    await page.locator('#register-phone').fill('+996 312');
    await page.locator('#register-password').fill(password);
    await page.locator('button[type=submit]').click();
    await page.locator('mat-error').first().waitFor();
    await screenshot(page, 'register-invalid-phone-ky');

    await page.locator('#register-phone').fill(`${phone.slice(0, 4)} ${phone.slice(4, 7)} ${phone.slice(7)}`);
    await page.locator('button[type=submit]').click();
    await page.locator('[data-testid="home-migrant"]').waitFor();
    expect(page.url()).toMatch(/\/ky\/home$/);
    await screenshot(page, 'home-migrant-after-registration-ky');

    await page.getByRole('button', { name: /чыгуу/i }).click();
    await page.locator('a[href$="/login"], a[href*="/login"]').first().waitFor();

    await logIn(page, 'ky', phone, password);
    await page.locator('[data-testid="home-migrant"]').waitFor();
    await context.close();
  });
});
