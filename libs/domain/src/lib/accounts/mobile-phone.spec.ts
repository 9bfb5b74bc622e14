import { isValidMobilePhone, mobilePhoneProblem, normalizeMobilePhone } from './mobile-phone';

describe('mobile phone numbers', () => {
  it.each([
    ['+996 555 123 456', '+996555123456'],
    ['+996 (700) 12-34-56', '+996700123456'],
    ['00996555123456', '+996555123456'],
    ['  +79161234567 ', '+79161234567'],
  ])('normalises %p to %p', (input, expected) => {
    expect(normalizeMobilePhone(input)).toBe(expected);
  });

  it.each(['+996555123456', '+996700123456', '+996770123456', '+996990123456', '+996220123456'])('accepts the Kyrgyz mobile number %p', (phone) => {
    expect(mobilePhoneProblem(phone)).toBeNull();
  });

  it.each([
    ['+99655512345', 'too short'],
    ['+9965551234567', 'too long'],
    ['+996312123456', 'a Bishkek landline, not a mobile'],
    ['+996 555 12345a', 'a letter'],
  ])('rejects the Kyrgyz number %p (%s) as such', (phone) => {
    expect(mobilePhoneProblem(phone)).toBe('phone.kyrgyzFormat');
  });

  it.each(['+79161234567', '+998901234567', '+992931234567', '+4915112345678'])('accepts other countries in E.164: %p', (phone) => {
    expect(isValidMobilePhone(phone)).toBe(true);
  });

  it.each(['79161234567', '+0123456789', '+12', '+1234567890123456', '', 'phone'])('rejects %p as not E.164', (phone) => {
    expect(mobilePhoneProblem(phone)).toBe('phone.format');
  });
});
