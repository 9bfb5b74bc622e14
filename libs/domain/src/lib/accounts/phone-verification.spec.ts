import { Role } from './role';
import {
  PHONE_VERIFICATION_LIFETIME_MINUTES,
  codeProvesPhone,
  maySendSmsTo,
  phoneApplicationRefusal,
  phoneNeedsVerification,
} from './phone-verification';

const migrant = { role: Role.Migrant, phone: '+996700123456', phoneVerifiedAt: null };

describe('phone verification', () => {
  it('asks only a migrant with an unproven number', () => {
    expect(phoneNeedsVerification(migrant)).toBe(true);
    expect(phoneNeedsVerification({ ...migrant, phoneVerifiedAt: new Date() })).toBe(false);
    expect(phoneNeedsVerification({ ...migrant, phone: null })).toBe(false);
    for (const role of [Role.Employer, Role.Attache, Role.Admin]) expect(phoneNeedsVerification({ ...migrant, role })).toBe(false);
  });

  it('refuses an application until the number is proven', () => {
    expect(phoneApplicationRefusal(migrant)).toBe('PHONE_NOT_VERIFIED');
    expect(phoneApplicationRefusal({ ...migrant, phoneVerifiedAt: new Date('2026-12-01T00:00:00Z') })).toBeNull();
  });

  it.each([
    [false, false, false],
    [false, true, true],
    [true, false, true],
    [true, true, true],
  ])('an SMS to a number verified=%s carrying a secret=%s may go: %s', (verified, carriesSecret, may) => {
    expect(maySendSmsTo({ verified }, { carriesSecret })).toBe(may);
  });

  it('counts a code only for the number it was sent to', () => {
    expect(codeProvesPhone('+996700123456', '+996700123456')).toBe(true);
    expect(codeProvesPhone('+996700123456', '+996700999999')).toBe(false);
    expect(codeProvesPhone(null, '+996700123456')).toBe(false);
    expect(codeProvesPhone('+996700123456', null)).toBe(false);
  });

  it('lets a code work for a quarter of an hour', () => {
    expect(PHONE_VERIFICATION_LIFETIME_MINUTES).toBe(15);
  });
});
