import { ALL_ROLES, Role } from './role';
import { RECOVERY_CODE_PATTERN, TOTP_CODE_PATTERN, TWO_FACTOR_REQUIRED_ROLES, twoFactorRequired, twoFactorStanding } from './two-factor';

describe('two-factor rules', () => {
  it.each([
    [Role.Migrant, false],
    [Role.Employer, false],
    [Role.Attache, true],
    [Role.Admin, true],
  ])('%s must use two-factor: %s', (role, required) => {
    expect(twoFactorRequired(role)).toBe(required);
  });

  it('names every role that must use it, and no other', () => {
    expect(ALL_ROLES.filter(twoFactorRequired)).toEqual([...TWO_FACTOR_REQUIRED_ROLES]);
  });

  it.each([
    [Role.Migrant, false, 'OPTIONAL'],
    [Role.Migrant, true, 'ENROLLED'],
    [Role.Employer, false, 'OPTIONAL'],
    [Role.Employer, true, 'ENROLLED'],
    [Role.Attache, false, 'MUST_ENROL'],
    [Role.Attache, true, 'ENROLLED'],
    [Role.Admin, false, 'MUST_ENROL'],
    [Role.Admin, true, 'ENROLLED'],
  ])('%s with two-factor on=%s stands %s', (role, enabled, standing) => {
    expect(twoFactorStanding(role, enabled)).toBe(standing);
  });

  it.each(['123456', '123 456', ' 123456 '])('reads %j as a code', (typed) => expect(TOTP_CODE_PATTERN.test(typed)).toBe(true));
  it.each(['12345', '1234567', '12a456', ''])('refuses %j as a code', (typed) => expect(TOTP_CODE_PATTERN.test(typed)).toBe(false));
  it.each(['abcd-efgh', 'ABCD EFGH', 'abcdefgh'])('reads %j as a recovery code', (typed) => expect(RECOVERY_CODE_PATTERN.test(typed)).toBe(true));
  it.each(['abc', 'abcd_efgh', 'абвг-деёж'])('refuses %j as a recovery code', (typed) => expect(RECOVERY_CODE_PATTERN.test(typed)).toBe(false));
});
