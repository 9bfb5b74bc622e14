/**
 * One-time secrets prove that a person holds an address (an e-mail link, an SMS code) or was given a set-up link.
 * Each is single-use, short-lived and, for codes, tried a bounded number of times; issuing a new one for the same
 * account and purpose replaces the old one. The store is `apps/api/src/app/one-time-secrets`.
 */

export enum OneTimeSecretPurpose {
  /** An employer (or any e-mail account) proves the address: a link sent to it. */
  EmailVerification = 'EMAIL_VERIFICATION',
  /** A migrant proves the phone number: a code sent by SMS. */
  PhoneVerification = 'PHONE_VERIFICATION',
  /** A forgotten password: a code by SMS (migrants) or a link by e-mail (everyone else). */
  PasswordReset = 'PASSWORD_RESET',
  /** The first password of an account someone else created (the first admin, an attaché): a link. */
  AccountSetup = 'ACCOUNT_SETUP',
}

/** A link carries a long random secret; a code is six digits a person types. */
export type OneTimeSecretForm = 'LINK' | 'CODE';

export interface OneTimeSecretRule {
  /** How long the secret works after it is issued. */
  lifetimeMinutes: number;
}

export const ONE_TIME_SECRET_RULES: Readonly<Record<OneTimeSecretPurpose, OneTimeSecretRule>> = {
  [OneTimeSecretPurpose.EmailVerification]: { lifetimeMinutes: 24 * 60 },
  [OneTimeSecretPurpose.PhoneVerification]: { lifetimeMinutes: 15 },
  [OneTimeSecretPurpose.PasswordReset]: { lifetimeMinutes: 30 },
  [OneTimeSecretPurpose.AccountSetup]: { lifetimeMinutes: 72 * 60 },
};

/** Wrong tries a code survives; the next wrong one burns it (a million codes, five tries: 1 in 200,000). */
export const ONE_TIME_CODE_ATTEMPTS = 5;
export const ONE_TIME_CODE_DIGITS = 6;

export function oneTimeSecretExpiry(purpose: OneTimeSecretPurpose, issuedAt: Date): Date {
  return new Date(issuedAt.getTime() + ONE_TIME_SECRET_RULES[purpose].lifetimeMinutes * 60_000);
}

/** Why a presented secret was not accepted; `INVALID` also covers a secret that never existed. */
export type OneTimeSecretRefusal = 'INVALID' | 'EXPIRED' | 'USED';

export interface StoredOneTimeSecret {
  expiresAt: Date;
  usedAt: Date | null;
  failedAttempts: number;
}

/** Whether a stored secret can still be used at `now`. */
export function oneTimeSecretRefusal(secret: StoredOneTimeSecret | null, now: Date): OneTimeSecretRefusal | null {
  if (!secret) return 'INVALID';
  if (secret.usedAt) return 'USED';
  if (secret.failedAttempts >= ONE_TIME_CODE_ATTEMPTS) return 'USED';
  if (secret.expiresAt.getTime() <= now.getTime()) return 'EXPIRED';
  return null;
}

/** A typed code, forgiving spaces and dashes people put in; null when it cannot be a code at all. */
export function normalizeOneTimeCode(typed: string): string | null {
  const digits = typed.replace(/[\s-]/g, '');
  return new RegExp(`^\\d{${ONE_TIME_CODE_DIGITS}}$`).test(digits) ? digits : null;
}
