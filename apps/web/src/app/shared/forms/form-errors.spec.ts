import { FormControl, FormGroup, Validators } from '@angular/forms';
import { PASSWORD_MIN_LENGTH } from '@jumush/contracts/client';
import type { UiProblem } from '../../core/errors/problem';
import { applyFieldErrors, fieldErrorsOf, firstFieldMessage, firstInvalidControl } from './form-errors';
import { emailField, lengthField, mobilePhoneField, passwordField, requiredField } from './validators';

function problem(partial: Partial<UiProblem>): UiProblem {
  return { status: 400, code: 'validation.failed', params: {}, fieldErrors: [], ...partial };
}

describe('applyFieldErrors (API problem → form controls)', () => {
  const form = () =>
    new FormGroup({
      phone: new FormControl('+996555123456'),
      password: new FormControl('secret12345'),
    });

  it('sets each field error on its control, keyed by its translation code', () => {
    const group = form();
    const unmatched = applyFieldErrors(group, [
      { field: 'phone', code: 'account.phoneTaken', message: '' },
      { field: 'password', code: 'password.tooShort', params: { min: 10 }, message: '' },
    ]);
    expect(unmatched).toEqual([]);
    expect(group.controls.phone.errors).toEqual({ 'account.phoneTaken': {} });
    expect(group.controls.phone.touched).toBe(true);
    expect(firstFieldMessage(group.controls.password)).toEqual({ key: 'password.tooShort', params: { min: 10 } });
  });

  it('returns the errors of fields the form does not have', () => {
    const unmatched = applyFieldErrors(form(), [{ field: 'isAdmin', code: 'validation.whitelist', message: '' }]);
    expect(unmatched).toEqual([{ field: 'isAdmin', code: 'validation.whitelist', message: '' }]);
  });

  it('follows field aliases', () => {
    const group = new FormGroup({ identifier: new FormControl('x') });
    applyFieldErrors(group, [{ field: 'login', code: 'validation.isNotEmpty', message: '' }], { login: 'identifier' });
    expect(group.controls.identifier.errors).toEqual({ 'validation.isNotEmpty': {} });
  });

  it('clears the server error as soon as the value changes', () => {
    const group = form();
    applyFieldErrors(group, [{ field: 'phone', code: 'account.phoneTaken', message: '' }]);
    group.controls.phone.setValue('+996555123457');
    expect(group.controls.phone.errors).toBeNull();
  });
});

describe('fieldErrorsOf', () => {
  it('uses the field errors of the problem', () => {
    const errors = [{ field: 'email', code: 'validation.isEmail', message: '' }];
    expect(fieldErrorsOf(problem({ fieldErrors: errors }))).toBe(errors);
  });

  it('turns a field-specific problem code into a field error', () => {
    expect(fieldErrorsOf(problem({ status: 409, code: 'account.emailTaken' }))).toEqual([
      { field: 'email', code: 'account.emailTaken', params: {}, message: '' },
    ]);
    expect(fieldErrorsOf(problem({ status: 401, code: 'auth.invalidCredentials' }))).toEqual([]);
  });
});

describe('client validators speak the API codes', () => {
  it.each([
    [requiredField, '  ', { key: 'validation.isNotEmpty', params: {} }],
    [mobilePhoneField, '+996 555 12', { key: 'phone.kyrgyzFormat', params: {} }],
    [mobilePhoneField, '12345', { key: 'phone.format', params: {} }],
    [passwordField, 'short1', { key: 'password.tooShort', params: { min: PASSWORD_MIN_LENGTH } }],
    [passwordField, 'onlyletterslong', { key: 'password.needsLetterAndDigit', params: {} }],
    [emailField, 'not-an-email', { key: 'validation.isEmail', params: {} }],
    [lengthField(2, 120), 'A', { key: 'validation.length', params: { min: 2, max: 120 } }],
  ])('%#', (validator, value, expected) => {
    expect(firstFieldMessage(new FormControl(value, validator))).toEqual(expected);
  });

  it('accepts valid values', () => {
    expect(new FormControl('+996 555 123 456', mobilePhoneField).valid).toBe(true);
    expect(new FormControl('correct horse 42', passwordField).valid).toBe(true);
    expect(new FormControl('name@example.com', emailField).valid).toBe(true);
  });

  it("maps Angular's own validator keys too", () => {
    expect(firstFieldMessage(new FormControl('', Validators.required))).toEqual({ key: 'validation.isNotEmpty', params: {} });
    expect(firstFieldMessage(new FormControl('abcd', Validators.maxLength(3)))).toEqual({
      key: 'validation.maxLength',
      params: { max: 3 },
    });
  });

  it('finds the first invalid control in screen order', () => {
    const group = new FormGroup({
      a: new FormControl('ok', requiredField),
      b: new FormControl('', requiredField),
      c: new FormControl('', requiredField),
    });
    expect(firstInvalidControl(group, ['c', 'b', 'a'])).toBe('c');
    expect(firstInvalidControl(group, ['a', 'b'])).toBe('b');
  });
});
