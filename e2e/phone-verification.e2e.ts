/**
 * Journey: a migrant registers with a phone number and must prove it before applying. The home page asks for the
 * SMS code at once; the worker sent it (the stack's SMS capture keeps it, read as forgot-password reads its code). An
 * application made while the phone was offline is kept on the phone and, once online, says the number must be
 * confirmed first (not dropped); a wrong code says so, "send again" counts down; the right code confirms the number,
 * the banner goes, and the queued application goes out.
 */
import type { Browser } from 'playwright-core';
import { CURRENT_CONSENT_VERSION } from '@jumush/contracts/client';
import { apiCall, apiSession, publishedVacancy, smsCodeSentTo } from './support/api';
import { DEMO_PASSWORD, launchBrowser, newPhoneContext, screenshot } from './support/browser';

describe('a migrant proves the phone number before applying', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('registers, reads the SMS code, enters it, and the application queued meanwhile goes out', async () => {
    const employer = (await apiSession('employer@demo.jumush.kg', DEMO_PASSWORD)).token;
    const attache = (await apiSession('attache@demo.jumush.kg', DEMO_PASSWORD)).token;
    const title = `Арматурщик, подтверждение телефона ${String(Date.now()).slice(-6)}`;
    const vacancyId = await publishedVacancy(employer, attache, title);
    const phone = `+99677${String(Date.now()).slice(-7)}`;
    const password = 'телефон-менен-2026';
    const context = await newPhoneContext(browser, 'ru-RU');
    context.setDefaultTimeout(30_000);
    const page = await context.newPage();
    try {
      await page.goto('/ru/register');
      await page.locator('#register-as-migrant').click();
      await page.locator('#register-phone').fill(phone);
      await page.locator('#register-citizenship').selectOption('KG');
      await page.locator('#register-password').fill(password);
      await page.locator('button[type=submit]').click();
      await page.getByTestId('home-migrant').waitFor();
      const banner = page.getByTestId('phone-verification-banner');
      await banner.waitFor();
      expect(await banner.innerText()).toContain(phone);
      await screenshot(page, 'phone-verification-banner-ru');
      const code = await smsCodeSentTo(phone);

      // The profile is filled in the quick way (the wizard has its own journey).
      const { token } = await apiSession(phone, password);
      await apiCall('PUT', '/api/candidates/me/personal', token, {
        surname: 'Садыков',
        givenNames: 'Бакыт',
        surnameLatin: 'SADYKOV',
        givenNamesLatin: 'BAKYT',
        birthDate: '1993-04-11',
        sex: 'MALE',
      });
      await apiCall('PUT', '/api/candidates/me/skills', token, {
        languages: [{ language: 'ru', level: 'BASIC' }],
        occupations: [{ occupationCode: '7114', years: 4 }],
        education: 'SECONDARY',
      });
      await apiCall('PUT', '/api/candidates/me/passport', token, {
        passportNumber: `AC${String(Date.now()).slice(-7)}`,
        passportExpiresOn: `${new Date().getUTCFullYear() + 5}-01-31`,
      });
      await apiCall('PUT', '/api/candidates/me/consent', token, { version: CURRENT_CONSENT_VERSION, accepted: true });

      // Applied with no connection: kept on the phone; back online, the API's refusal says what to do, and it stays queued.
      await page.goto(`/ru/vacancies/${vacancyId}`);
      await page.getByTestId('apply').waitFor();
      await context.setOffline(true);
      await page.getByTestId('offline-indicator').waitFor();
      await page.getByTestId('apply').click();
      await page.getByTestId('apply-queued').waitFor();
      await context.setOffline(false);
      const needed = page.getByTestId('phone-needed');
      await needed.waitFor();
      expect(await needed.innerText()).toContain('подтвердите номер телефона');
      await page.getByTestId('phone-verification-queued').waitFor();
      await screenshot(page, 'phone-verification-application-waits-ru');

      // A wrong code is refused on the field; asking again too soon counts down instead.
      const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
      await page.locator('#phone-code').fill(wrong);
      await page.getByTestId('phone-verification-confirm').click();
      await banner.locator('[role=alert]', { hasText: 'Код неверный' }).waitFor();
      const resend = page.getByTestId('phone-verification-resend');
      await resend.click();
      await page.waitForFunction(() => /\d+/.test(document.querySelector('[data-testid="phone-verification-resend"]')?.textContent ?? ''));
      expect(await resend.isDisabled()).toBe(true);

      await page.locator('#phone-code').fill(code);
      await page.locator('#phone-code').press('Enter');
      await banner.waitFor({ state: 'detached' });
      await page.getByTestId('applied').waitFor();
      await screenshot(page, 'phone-verification-applied-ru');

      const mine = await apiCall<Array<{ vacancy: { id: string } }>>('GET', '/api/applications/mine', token);
      expect(mine.map((application) => application.vacancy.id)).toContain(vacancyId);
      const me = await apiCall<{ phoneVerifiedAt: string | null }>('GET', '/api/auth/me', token);
      expect(me.phoneVerifiedAt).not.toBeNull();
    } catch (error) {
      await screenshot(page, 'failure-phone-verification').catch(() => undefined);
      throw error;
    } finally {
      await context.close();
    }
  });
});
