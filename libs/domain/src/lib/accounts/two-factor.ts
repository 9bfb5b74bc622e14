/**
 * Two-factor sign-in (an authenticator app's TOTP code after the password). Staff who decide for a country or for
 * everyone must use it; anyone else may. The algorithm lives in libs/server/crypto (totp.ts); these are the rules.
 */
import { Role } from './role';

/** Roles whose accounts may do nothing but enrol until two-factor is on (OWASP ASVS 2.8, admin and official accounts). */
export const TWO_FACTOR_REQUIRED_ROLES: readonly Role[] = [Role.Attache, Role.Admin];

export function twoFactorRequired(role: Role): boolean {
  return TWO_FACTOR_REQUIRED_ROLES.includes(role);
}

/** What an account may do after its password, given its role and whether two-factor is on. */
export type TwoFactorStanding = 'ENROLLED' | 'MUST_ENROL' | 'OPTIONAL';

export function twoFactorStanding(role: Role, enabled: boolean): TwoFactorStanding {
  if (enabled) return 'ENROLLED';
  return twoFactorRequired(role) ? 'MUST_ENROL' : 'OPTIONAL';
}

/** Recovery codes given at enrolment (and each regeneration): each opens the account once when the phone is lost. */
export const RECOVERY_CODE_COUNT = 10;

/** The second step must follow the password within this time; the challenge is good for nothing else. */
export const TWO_FACTOR_CHALLENGE_SECONDS = 5 * 60;

/** A code as typed: six digits, spaces allowed ("123 456"). */
export const TOTP_CODE_PATTERN = /^\s*\d{3}\s*\d{3}\s*$/;

/** A recovery code as typed: `xxxx-xxxx` of letters and digits, dashes and spaces allowed, any case. */
export const RECOVERY_CODE_PATTERN = /^[\sA-Za-z0-9-]{8,20}$/;
