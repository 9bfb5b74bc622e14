/**
 * How a forgotten password is recovered: the secret goes to the address the person signs in with. A phone number
 * (migrants) gets a six-digit code by SMS, typed on the reset page with the number; an e-mail address gets a link.
 * Decided by the login's form alone, so the answer to a request tells nobody whether an account exists.
 */
import { ONE_TIME_SECRET_RULES, OneTimeSecretPurpose, type OneTimeSecretForm } from './one-time-secrets';

export type PasswordResetDelivery = 'SMS_CODE' | 'EMAIL_LINK';

export function passwordResetDeliveryFor(login: string): PasswordResetDelivery {
  return login.includes('@') ? 'EMAIL_LINK' : 'SMS_CODE';
}

export function oneTimeSecretFormOf(delivery: PasswordResetDelivery): OneTimeSecretForm {
  return delivery === 'SMS_CODE' ? 'CODE' : 'LINK';
}

export const PASSWORD_RESET_LIFETIME_MINUTES = ONE_TIME_SECRET_RULES[OneTimeSecretPurpose.PasswordReset].lifetimeMinutes;
