import { Validators, type AbstractControl, type ValidationErrors, type ValidatorFn } from '@angular/forms';
import { RECOVERY_CODE_PATTERN, TOTP_CODE_PATTERN, passwordProblem } from '@jumush/contracts/client';
import { mobilePhoneProblem } from '@jumush/domain/phone';
import { withDefaultParams } from '../../core/errors/problem';

/**
 * Client-side validators that speak the API's language: each error key IS the translation key the
 * API would send for the same field ("validation.isNotEmpty", "password.tooShort", ...) and its value
 * holds the message params. So one template line shows client and server errors alike.
 */

function text(control: AbstractControl): string {
  return typeof control.value === 'string' ? control.value : control.value == null ? '' : String(control.value);
}

export const requiredField: ValidatorFn = (control) => (text(control).trim().length === 0 ? { 'validation.isNotEmpty': {} } : null);

export function maxLengthField(max: number): ValidatorFn {
  return (control) => (text(control).length > max ? { 'validation.maxLength': { max } } : null);
}

/** Length of the trimmed value between min and max (the API trims before checking). */
export function lengthField(min: number, max: number): ValidatorFn {
  return (control) => {
    const length = text(control).trim().length;
    return length > 0 && (length < min || length > max) ? { 'validation.length': { min, max } } : null;
  };
}

export const emailField: ValidatorFn = (control) => {
  const value = text(control).trim();
  if (value.length === 0) return null;
  return Validators.email({ value } as AbstractControl) ? { 'validation.isEmail': {} } : null;
};

/** Same rule as the API: Kyrgyz numbers as such, anything else valid E.164. */
export const mobilePhoneField: ValidatorFn = (control) => {
  const value = text(control);
  if (value.trim().length === 0) return null;
  const problem = mobilePhoneProblem(value);
  return problem ? { [problem]: {} } : null;
};

/** Same password policy as the API. */
export const passwordField: ValidatorFn = (control): ValidationErrors | null => {
  const value = text(control);
  if (value.length === 0) return null;
  const problem = passwordProblem(value);
  return problem ? { [problem]: withDefaultParams(problem, {}) } : null;
};

/** A code from the authenticator app: six digits, spaces allowed (the API's rule). */
export const totpCodeField: ValidatorFn = (control) => {
  const value = text(control);
  return value.trim().length > 0 && !TOTP_CODE_PATTERN.test(value) ? { 'twoFactor.codeFormat': {} } : null;
};

/** A recovery code as typed: `xxxx-xxxx` (the API's rule). */
export const recoveryCodeField: ValidatorFn = (control) => {
  const value = text(control);
  return value.trim().length > 0 && !RECOVERY_CODE_PATTERN.test(value) ? { 'twoFactor.recoveryCodeFormat': {} } : null;
};
