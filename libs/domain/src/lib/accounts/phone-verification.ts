/**
 * A migrant's phone number is proven by a six-digit code sent to it by SMS (one-time secrets, purpose
 * PhoneVerification). Until it is, the number gets no SMS but the code itself (and a reset code the person asked
 * for), and the migrant cannot apply: an application commits them to a recruitment run whose every notice goes to
 * that number. A new number is unproven again.
 */
import { ONE_TIME_SECRET_RULES, OneTimeSecretPurpose } from './one-time-secrets';
import { Role } from './role';

export const PHONE_VERIFICATION_LIFETIME_MINUTES = ONE_TIME_SECRET_RULES[OneTimeSecretPurpose.PhoneVerification].lifetimeMinutes;

/** The least time between two codes to one account: what the web counts down before "send again". */
export const PHONE_VERIFICATION_RESEND_SECONDS = 60;

export interface PhoneHolder {
  role: Role;
  phone: string | null;
  phoneVerifiedAt: Date | null;
}

/** Whether the account signs in with a phone number it has not proven yet (only migrants sign in with a phone). */
export function phoneNeedsVerification(account: PhoneHolder): boolean {
  return account.role === Role.Migrant && account.phone !== null && account.phoneVerifiedAt === null;
}

/** Why a migrant may not apply yet as far as the phone is concerned; null when they may. */
export function phoneApplicationRefusal(account: PhoneHolder): 'PHONE_NOT_VERIFIED' | null {
  return phoneNeedsVerification(account) ? 'PHONE_NOT_VERIFIED' : null;
}

/**
 * Whether a message may go to the number by SMS: a one-time secret (the code that proves it, a reset code the person
 * asked for) always may; anything else only once the number is proven.
 */
export function maySendSmsTo(phone: { verified: boolean }, message: { carriesSecret: boolean }): boolean {
  return message.carriesSecret || phone.verified;
}

/** Whether a code sent to `subject` proves the account's current number (a code sent to an old number proves nothing). */
export function codeProvesPhone(subject: string | null, currentPhone: string | null): boolean {
  return subject !== null && currentPhone !== null && subject === currentPhone;
}
