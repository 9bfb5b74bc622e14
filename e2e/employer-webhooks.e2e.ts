/**
 * Journey: an employer's own system hears of a new applicant. The owner of a new, verified company adds a webhook
 * endpoint in the browser (a receiver on this machine, which the test stack admits with WEBHOOKS_ALLOW_LOCAL_HTTP),
 * keeps the secret shown once; a migrant applies to the company's vacancy; the receiver gets `application.created`,
 * signed with that secret; the delivery log on the page shows it delivered with the receiver's 200.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { apiCall, apiSession, employerWithNewCompany, migrantWhoApplied, publishedVacancy } from './support/api';
import { DEMO_PASSWORD, launchBrowser, logIn, newPhoneContext, screenshot } from './support/browser';

const PASSWORD = 'employer-pass-2026';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** What a receiver does with `Jumush-Signature: t=<unix>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
function signatureValid(header: string, body: string, secret: string): boolean {
  const fields = Object.fromEntries(header.split(',').map((part) => part.split('=') as [string, string]));
  const expected = createHmac('sha256', secret).update(`${fields['t']}.${body}`).digest();
  const given = Buffer.from(fields['v1'] ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected) && Math.abs(Date.now() / 1000 - Number(fields['t'])) < 300;
}

async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('employer webhooks', () => {
  let browser: Browser;
  let receiver: Server;
  const received: Received[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
        response.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    await browser.close();
    await new Promise((resolve) => receiver.close(resolve));
  });

  it('the owner adds an endpoint in the browser, a migrant applies, the receiver gets application.created signed and the log shows it', async () => {
    let page: Page | undefined;
    try {
      const attache = (await apiSession('attache@demo.jumush.kg', DEMO_PASSWORD)).token;
      const employer = await employerWithNewCompany(PASSWORD, 'ru');
      await apiCall('POST', `/api/verification/companies/${employer.companyId}/verify`, attache);
      const stamp = String(Date.now()).slice(-6);
      const vacancyId = await publishedVacancy(employer.token, attache, `Штукатур, webhooks ${stamp}`);
      const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/jumush/hooks`;

      const context = await newPhoneContext(browser, 'ru-RU');
      page = await context.newPage();
      await logIn(page, 'ru', employer.email, PASSWORD);
      await page.waitForURL((url) => !url.pathname.endsWith('/login'));
      // The employer's navigation leads there.
      await page.locator('#nav-employer-webhooks').first().click();
      await page.getByTestId('webhooks-page').waitFor();
      await page.getByTestId('webhooks-empty').waitFor();

      // Keyboard only: the address, then the form is sent with Enter (every event is chosen by default).
      await page.getByTestId('webhook-url').fill(url);
      await page.getByTestId('webhook-description').fill('Наша HR-система');
      await page.getByTestId('webhook-description').press('Enter');
      const secret = (await page.getByTestId('webhook-secret').innerText()).trim();
      expect(secret).toMatch(/^whsec_/);
      await page.getByTestId('webhook-secret-done').click();
      await page.getByTestId('webhook-secret').waitFor({ state: 'detached' });
      const endpoint = page.getByTestId('webhook-endpoint');
      await endpoint.waitFor();
      expect(await endpoint.getAttribute('data-status')).toBe('ACTIVE');
      expect(await endpoint.locator('.url').innerText()).toBe(url);
      // The secret is never shown again.
      expect(await page.content()).not.toContain(secret);

      const migrant = await migrantWhoApplied(
        vacancyId,
        { surname: 'Садыров', givenNames: 'Нурбек', surnameLatin: 'Sadyrov', givenNamesLatin: 'Nurbek' },
        'migrant-pass-2026',
      );
      const delivery = await waitFor('application.created at the receiver', () =>
        received.find((request) => (JSON.parse(request.body) as { type: string }).type === 'application.created'),
      );
      const body = JSON.parse(delivery.body) as { id: string; company_id: string; data: Record<string, string> };
      expect(body.company_id).toBe(employer.companyId);
      expect(body.data).toEqual({ application_id: migrant.applicationId, vacancy_id: vacancyId });
      expect(delivery.headers['jumush-event-id']).toBe(body.id);
      expect(signatureValid(String(delivery.headers['jumush-signature']), delivery.body, secret)).toBe(true);
      expect(signatureValid(String(delivery.headers['jumush-signature']), delivery.body, `${secret}x`)).toBe(false);
      expect(delivery.body).not.toContain('Садыров');

      await endpoint.getByTestId('webhook-log-toggle').click();
      const row = page.locator('[data-testid="webhook-delivery"][data-event-type="application.created"]');
      await row.waitFor();
      for (let tries = 0; (await row.getAttribute('data-status')) !== 'DELIVERED' && tries < 20; tries++) {
        await page.getByTestId('webhook-log-refresh').click();
        await page.waitForTimeout(300);
      }
      expect(await row.getAttribute('data-status')).toBe('DELIVERED');
      expect(await row.getByTestId('webhook-delivery-code').innerText()).toBe('200');
      await screenshot(page, 'employer-webhooks-log');
    } catch (error) {
      if (page) await screenshot(page, 'employer-webhooks-failure');
      throw error;
    }
  });
});
