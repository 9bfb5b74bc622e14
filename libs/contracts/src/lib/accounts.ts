/** Account and session shapes exchanged by the API and the web. */
import type { Locale, Role } from '@jumush/domain';

export interface AccountView {
  id: string;
  role: Role;
  phone: string | null;
  email: string | null;
  fullName: string | null;
  originCountry: string | null;
  /** The Russian regions (RUSSIAN_REGIONS codes) a region-scoped attaché covers; null: all of Russia (and any other role). */
  coveredRegions: string[] | null;
  locale: Locale;
  /** When the e-mail address was proven (a verification link); null while it is not. An employer acts only once it is set. */
  emailVerifiedAt: string | null;
  /** When a migrant proved the phone number (an SMS code); null while not: no SMS but the code, and no application. */
  phoneVerifiedAt: string | null;
  createdAt: string;
}

/** One live sign-in of the account (a device), as listed by GET /auth/sessions. */
export interface SignInSessionView {
  id: string;
  /** The device's browser as it names itself; null when it sent none. */
  userAgent: string | null;
  createdAt: string;
  lastUsedAt: string;
  /** Ends by then at the latest (the absolute lifetime), unless ended sooner. */
  expiresAt: string;
  /** The session this request came from. */
  current: boolean;
}

export interface SessionView {
  accessToken: string;
  /** Seconds until the access token expires; the web refreshes before then. */
  expiresIn: number;
  account: AccountView;
}

export * from './origin-countries';

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface SmokeJobResult {
  jobId: string;
  echo: string;
  processedBy: string;
}

/** Name of the httpOnly cookie that carries the rotating refresh token. */
export const REFRESH_COOKIE_NAME = 'jm_refresh';

/**
 * The answer of `POST /api/auth/password-reset`, the same whether the account exists or not: how the secret travels
 * is read from the login's form alone (a phone number gets a code, an e-mail address a link).
 */
export interface PasswordResetRequestedView {
  delivery: 'SMS_CODE' | 'EMAIL_LINK';
  /** How long a code or link works, in minutes. */
  expiresInMinutes: number;
}

/** The answer of `POST /api/auth/phone-verification`: a new code went to the number by SMS. */
export interface PhoneVerificationSentView {
  /** How long the code works, in minutes. */
  expiresInMinutes: number;
  /** Seconds before another code may be asked for. */
  resendInSeconds: number;
}
