import type { AbstractControl, ValidatorFn } from '@angular/forms';
import { innProblem, normalizeRegistrationNumber, ogrnProblem, registrationProblem } from '@jumush/contracts/client';

/**
 * ИНН and ОГРН checked as the API checks them (same rules, same codes: 'inn.format', 'inn.checksum',
 * 'ogrn.format', 'ogrn.checksum', 'registration.kindMismatch'), after removing the spaces and dashes people
 * paste from extracts. An empty value is left to requiredField.
 */

function digits(control: AbstractControl | null | undefined): string {
  const value: unknown = control?.value;
  return typeof value === 'string' ? normalizeRegistrationNumber(value.trim()) : '';
}

export const innField: ValidatorFn = (control) => {
  const inn = digits(control);
  if (inn.length === 0) return null;
  const problem = innProblem(inn);
  return problem ? { [problem]: {} } : null;
};

/**
 * The ОГРН on its own, then whether it is the same kind of employer as the ИНН next to it (a company has a
 * 10-digit ИНН and a 13-digit ОГРН, an entrepreneur 12 and 15). Re-run it when the ИНН changes.
 */
export function ogrnField(innControlName = 'inn'): ValidatorFn {
  return (control) => {
    const ogrn = digits(control);
    if (ogrn.length === 0) return null;
    const own = ogrnProblem(ogrn);
    if (own) return { [own]: {} };
    const inn = digits(control.parent?.get(innControlName));
    if (inn.length === 0 || innProblem(inn) !== null) return null;
    const problem = registrationProblem({ inn, ogrn });
    return problem ? { [problem]: {} } : null;
  };
}
