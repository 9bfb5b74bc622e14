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
  /** When two-factor sign-in was switched on; null while it is off (an attaché or admin may then only enrol). */
  twoFactorEnabledAt: string | null;
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
/**
 * The answer to a correct password of an account with two-factor on: no session yet, a short-lived challenge that
 * POST /auth/login/two-factor exchanges, with a code from the app or a recovery code, for the session.
 */
export interface TwoFactorChallengeView {
  twoFactorRequired: true;
  challenge: string;
  /** Seconds the challenge works. */
  expiresIn: number;
}

/** POST /auth/login answers a session, or (two-factor on) a challenge for the second step. */
export type LoginView = SessionView | TwoFactorChallengeView;

export function isTwoFactorChallenge(view: LoginView): view is TwoFactorChallengeView {
  return 'twoFactorRequired' in view && view.twoFactorRequired === true;
}

/** A new TOTP secret to add to an authenticator app; two-factor is on only once a code from the app confirms it. */
export interface TwoFactorEnrolmentView {
  /** Base32, for typing into the app by hand. */
  secret: string;
  /** The otpauth:// link the QR code holds. */
  otpauthUri: string;
  /** The QR code of `otpauthUri` as a PNG data: URL. */
  qrCode: string;
}

/** Recovery codes, shown once: only their hashes are kept. */
export interface RecoveryCodesView {
  recoveryCodes: string[];
}

export interface TwoFactorStatusView {
  enabledAt: string | null;
  /** The account's role must use two-factor (attaché, admin). */
  required: boolean;
  recoveryCodesLeft: number;
}

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
