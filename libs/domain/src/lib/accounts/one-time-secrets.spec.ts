import {
  ONE_TIME_CODE_ATTEMPTS,
  ONE_TIME_SECRET_RULES,
  OneTimeSecretPurpose,
  normalizeOneTimeCode,
  oneTimeSecretExpiry,
  oneTimeSecretRefusal,
} from './one-time-secrets';

const now = new Date('2026-12-02T10:00:00Z');
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

describe('one-time secrets', () => {
  it.each([
    [OneTimeSecretPurpose.EmailVerification, 24 * 60],
    [OneTimeSecretPurpose.PhoneVerification, 15],
    [OneTimeSecretPurpose.PasswordReset, 30],
    [OneTimeSecretPurpose.AccountSetup, 72 * 60],
  ])('%s lives %i minutes', (purpose, minutes) => {
    expect(ONE_TIME_SECRET_RULES[purpose].lifetimeMinutes).toBe(minutes);
    expect(oneTimeSecretExpiry(purpose, now)).toEqual(later(minutes));
  });

  it.each([
    ['missing', null, 'INVALID'],
    ['fresh', { expiresAt: later(1), usedAt: null, failedAttempts: 0 }, null],
    ['tried wrongly once', { expiresAt: later(1), usedAt: null, failedAttempts: 1 }, null],
    ['tried wrongly too often', { expiresAt: later(1), usedAt: null, failedAttempts: ONE_TIME_CODE_ATTEMPTS }, 'USED'],
    ['used', { expiresAt: later(1), usedAt: now, failedAttempts: 0 }, 'USED'],
    ['expiring this instant', { expiresAt: now, usedAt: null, failedAttempts: 0 }, 'EXPIRED'],
    ['expired', { expiresAt: later(-1), usedAt: null, failedAttempts: 0 }, 'EXPIRED'],
    ['used and expired', { expiresAt: later(-1), usedAt: later(-2), failedAttempts: 0 }, 'USED'],
  ] as const)('a %s secret is refused as %s', (_, secret, refusal) => {
    expect(oneTimeSecretRefusal(secret, now)).toBe(refusal);
  });

  it.each([
    ['123456', '123456'],
    [' 123 456 ', '123456'],
    ['123-456', '123456'],
    ['12345', null],
    ['1234567', null],
    ['12345a', null],
    ['', null],
    ['١٢٣٤٥٦', null],
  ])('reads the typed code %j as %j', (typed, code) => {
    expect(normalizeOneTimeCode(typed)).toBe(code);
  });
});
