import type { AbstractControl, FormGroup } from '@angular/forms';
import type { FieldError } from '@jumush/contracts/client';
import { withDefaultParams, type MessageParams, type UiProblem } from '../../core/errors/problem';

/** What a form field shows: a translation key and its params. */
export interface FieldMessage {
  key: string;
  params: MessageParams;
}

/** Angular's own validator keys, should one slip in, mapped to the API's keys. */
const ANGULAR_KEYS: Readonly<Record<string, (value: unknown) => FieldMessage>> = {
  required: () => ({ key: 'validation.isNotEmpty', params: {} }),
  email: () => ({ key: 'validation.isEmail', params: {} }),
  maxlength: (value) => ({
    key: 'validation.maxLength',
    params: { max: Number((value as { requiredLength?: number } | null)?.requiredLength ?? 0) },
  }),
};

/** Problem codes that really concern one field, in case the API sends them without `errors`. */
const FIELD_OF_PROBLEM: Readonly<Record<string, string>> = {
  'account.phoneTaken': 'phone',
  'account.emailTaken': 'email',
  'company.innTaken': 'inn',
  'company.ogrnTaken': 'ogrn',
  'company.alreadyInvited': 'email',
};

/** The message of the first error of a control, or null when it has none. */
export function firstFieldMessage(control: AbstractControl | null | undefined): FieldMessage | null {
  const errors = control?.errors;
  if (!errors) return null;
  const [key, value] = Object.entries(errors)[0] ?? [];
  if (key === undefined) return null;
  const angular = ANGULAR_KEYS[key];
  if (angular) return angular(value);
  const params = typeof value === 'object' && value !== null ? (value as MessageParams) : {};
  return { key, params: withDefaultParams(key, params) };
}

/** The field errors of a problem, including a field-specific problem code sent without `errors`. */
export function fieldErrorsOf(problem: UiProblem): FieldError[] {
  if (problem.fieldErrors.length > 0) return problem.fieldErrors;
  const field = FIELD_OF_PROBLEM[problem.code];
  return field ? [{ field, code: problem.code, params: problem.params, message: '' }] : [];
}

/**
 * Puts the API's field errors onto the matching controls (`setErrors`, so they show in mat-error
 * and disappear as soon as the value changes). `aliases` maps API field names to control names.
 * Returns the errors no control could take (e.g. 'validation.whitelist' for an unknown field).
 */
export function applyFieldErrors(form: FormGroup, errors: readonly FieldError[], aliases: Readonly<Record<string, string>> = {}): FieldError[] {
  const unmatched: FieldError[] = [];
  for (const error of errors) {
    const control = form.get(aliases[error.field] ?? error.field);
    if (!control) {
      unmatched.push(error);
      continue;
    }
    control.setErrors({ ...(control.errors ?? {}), [error.code]: withDefaultParams(error.code, error.params) });
    control.markAsTouched();
  }
  return unmatched;
}

/** Name of the first invalid control, in the order given (to move focus there). */
export function firstInvalidControl(form: FormGroup, order: readonly string[]): string | null {
  return order.find((name) => form.get(name)?.invalid) ?? null;
}
