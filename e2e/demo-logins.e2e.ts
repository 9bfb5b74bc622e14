/** Journey: each demo account signs in and lands on its role's home page. */
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD, launchBrowser, logIn, newPhoneContext, screenshot } from './support/browser';

const DEMO_ACCOUNTS = [
  { role: 'migrant', login: '+996555000001' },
  { role: 'migrant', login: '+998901000001' },
  { role: 'migrant', login: '+992901000001' },
  { role: 'employer', login: 'employer@demo.jumush.kg' },
  { role: 'attache', login: 'attache@demo.jumush.kg' },
  { role: 'attache', login: 'attache.spb@demo.jumush.kg' },
  { role: 'attache', login: 'attache.uz@demo.jumush.kg' },
  { role: 'attache', login: 'attache.tj@demo.jumush.kg' },
  { role: 'admin', login: 'admin@demo.jumush.kg' },
];

describe('demo logins', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it.each(DEMO_ACCOUNTS)('the demo $role $login signs in and sees the $role home page', async ({ role, login }) => {
    const context = await newPhoneContext(browser);
    const page = await context.newPage();
    await logIn(page, 'ru', login, DEMO_PASSWORD);
    await page.locator(`[data-testid="home-${role}"]`).waitFor();
    expect(page.url()).toMatch(/\/ru\/home$/);
    await screenshot(page, `home-${role}-${login.replace(/\W/g, '')}-ru`);

    // The session survives a reload: the refresh cookie restores it silently.
    await page.reload();
    await page.locator(`[data-testid="home-${role}"]`).waitFor();
    await context.close();
  });

  it('the regional demo attaché reads on its home page the regions it covers', async () => {
    const context = await newPhoneContext(browser);
    const page = await context.newPage();
    await logIn(page, 'ru', 'attache.spb@demo.jumush.kg', DEMO_PASSWORD);
    const line = page.getByTestId('home-covered-regions');
    await line.waitFor();
    expect(await line.innerText()).toContain('Ленинградская область, Санкт-Петербург');
    await context.close();
  });

  it('the demo migrant’s citizenship is confirmed: the profile goes on without asking for it', async () => {
    const context = await newPhoneContext(browser);
    const page = await context.newPage();
    await logIn(page, 'ru', '+996555000001', DEMO_PASSWORD);
    await page.locator('[data-testid="home-migrant"]').waitFor();
    await page.goto('/ru/profile');
    await page.getByTestId('citizenship').waitFor();
    expect(await page.locator('#profile-citizenship').inputValue()).toBe('KG');
    expect(await page.getByTestId('citizenship-unconfirmed').count()).toBe(0);
    await context.close();
  });

  it('shows a clear, translated error for a wrong password and stays on the login page', async () => {
    const context = await newPhoneContext(browser);
    const page = await context.newPage();
    await logIn(page, 'ru', 'employer@demo.jumush.kg', 'wrong-password-1');
    await page.getByRole('alert').first().waitFor();
    expect(await page.getByRole('alert').first().innerText()).toMatch(/неверн/i);
    expect(page.url()).toMatch(/\/ru\/login$/);
    await context.close();
  });
});
