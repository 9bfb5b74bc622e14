/**
 * Two-factor sign-in for the journeys: the demo staff's seeded authenticator secrets (demo data, as in the README) and
 * the codes an app would show, computed by the one TOTP implementation (`@jumush/server/crypto/testing`).
 *
 * The API takes each code once, and no code older than one already used (replay protection): the journeys, one file
 * after another, sign the same demo accounts in many times. The steps already used are remembered in a file for the
 * run, so each sign-in takes the next unused step, waiting for it when the ±1 window is used up.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { totpCodeFor, totpStepOf } from '@jumush/server/crypto/testing';

/** The seeded secrets (apps/api demo-accounts.ts DEMO_TOTP_SECRETS; listed in the README's demo logins). */
export const DEMO_TOTP_SECRETS: Readonly<Record<string, string>> = {
  'attache@demo.jumush.kg': 'JUMUSHATTACHEKG2',
  'attache.spb@demo.jumush.kg': 'JUMUSHATTACHESPB',
  'attache.uz@demo.jumush.kg': 'JUMUSHATTACHEUZ2',
  'attache.tj@demo.jumush.kg': 'JUMUSHATTACHETJ2',
  'admin@demo.jumush.kg': 'JUMUSHADMIN23456',
};

const STEPS_FILE = join(
  tmpdir(),
  `jumush-e2e-totp-${createHash('sha256')
    .update(process.env['E2E_API_URL'] ?? process.env['E2E_BASE_URL'] ?? '')
    .digest('hex')
    .slice(0, 12)}.json`,
);

function usedSteps(): Record<string, number> {
  try {
    return JSON.parse(readFileSync(STEPS_FILE, 'utf8')) as Record<string, number>;
  } catch {
    return {};
  }
}

function markUsed(secret: string, step: number): void {
  const steps = usedSteps();
  steps[secret] = Math.max(steps[secret] ?? step, step);
  writeFileSync(STEPS_FILE, JSON.stringify(steps));
}

/** The code of the next step this run has not used for `secret` (now, or the next one early); it counts as used. */
export async function freshTotpCode(secret: string): Promise<string> {
  for (;;) {
    const at = new Date();
    const { step, msToNext } = totpStepOf(at);
    const last = usedSteps()[secret];
    const next = last === undefined ? step : Math.max(step, last + 1);
    if (next <= step + 1) {
      markUsed(secret, next);
      return totpCodeFor(secret, at, next - step);
    }
    await new Promise((resolve) => setTimeout(resolve, msToNext + 250));
  }
}

/** The secret an enrolment page shows, grouped in fours for people: as the app reads it. */
export function secretFromPage(text: string): string {
  return text.replace(/\s/g, '');
}
