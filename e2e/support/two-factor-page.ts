/** The enrolment page, as a person goes through it with an authenticator app. */
import type { Page } from 'playwright-core';
import { freshTotpCode, secretFromPage } from './two-factor';

/** Reads the secret shown beside the QR code, types the app's code, and returns the secret and the recovery codes. */
export async function enrolOnPage(page: Page): Promise<{ secret: string; recoveryCodes: string[] }> {
  await page.getByTestId('two-factor-qr').waitFor();
  const secret = secretFromPage(await page.getByTestId('two-factor-secret').innerText());
  await page.locator('#two-factor-code').fill(await freshTotpCode(secret));
  await page.locator('#two-factor-code').press('Enter');
  await page.getByTestId('recovery-codes').waitFor();
  const recoveryCodes = (await page.getByTestId('recovery-code').allInnerTexts()).map((code) => code.trim());
  return { secret, recoveryCodes };
}
