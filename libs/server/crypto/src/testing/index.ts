/**
 * What tests outside the server may use of the TOTP implementation (`@jumush/server/crypto/testing`): the codes an
 * authenticator app would show for a seeded demo secret, computed by the one implementation (totp.ts), not a copy.
 */
import { base32Decode, hotp, TOTP_STEP_SECONDS, totpStep } from '../lib/totp';

/** The app's code for the base32 `secret`, `stepOffset` steps from the step `at` falls in (the API accepts ±1). */
export function totpCodeFor(secret: string, at: Date = new Date(), stepOffset = 0): string {
  const key = base32Decode(secret);
  if (!key) throw new Error('not a base32 secret');
  return hotp(key, totpStep(at) + stepOffset);
}

/** The step a moment falls in, and how many milliseconds until the next one begins. */
export function totpStepOf(at: Date = new Date()): { step: number; msToNext: number } {
  const stepMs = TOTP_STEP_SECONDS * 1000;
  return { step: totpStep(at), msToNext: stepMs - (at.getTime() % stepMs) };
}

/** The app's code for exactly this step. */
export function totpCodeAtStep(secret: string, step: number): string {
  const key = base32Decode(secret);
  if (!key) throw new Error('not a base32 secret');
  return hotp(key, step);
}
