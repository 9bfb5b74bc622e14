/**
 * The built app lives within its Content-Security-Policy (tools/stack/web-server.ts, the same as the production
 * proxy): no violation while a migrant opens the search, a vacancy page and signs in, and the stylesheet that the
 * build loads through an inline `onload` handler (allowed by its hash) is applied.
 */
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, launchBrowser, logIn, newPhoneContext } from './support/browser';

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.cspViolations ?? []);
}

describe('the Content-Security-Policy', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('is sent with the app and nothing the app does violates it', async () => {
    const context = await newPhoneContext(browser, 'ky-KG');
    await context.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        window.cspViolations?.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
      );
    });
    const page = await context.newPage();
    const response = await page.goto('/ky/vacancies');
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.locator('a[href*="/ky/vacancies/"]').first().waitFor();
    // Every stylesheet link is applied (the build's onload handler set its media), none is left at "print".
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('link[rel="stylesheet"]')).every((link) => (link as HTMLLinkElement).media !== 'print'),
    );
    expect(await violations(page)).toEqual([]);

    await page.locator('a[href*="/ky/vacancies/"]').first().click();
    await page.waitForURL(/\/ky\/vacancies\/[0-9a-f-]{36}$/);
    expect(await violations(page)).toEqual([]);

    await logIn(page, 'ky', '+996555000001', DEMO_PASSWORD);
    await page.getByTestId('home-migrant').waitFor();
    expect(await violations(page)).toEqual([]);
    await context.close();
  });
});
