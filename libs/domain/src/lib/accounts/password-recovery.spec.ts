import { oneTimeSecretFormOf, passwordResetDeliveryFor, PASSWORD_RESET_LIFETIME_MINUTES } from './password-recovery';

describe('password recovery', () => {
  it.each([
    ['+996555000001', 'SMS_CODE', 'CODE'],
    ['0555 000 001', 'SMS_CODE', 'CODE'],
    ['996555000001', 'SMS_CODE', 'CODE'],
    ['employer@example.org', 'EMAIL_LINK', 'LINK'],
    ['  Admin@Example.org ', 'EMAIL_LINK', 'LINK'],
  ] as const)('%s gets %s (a %s)', (login, delivery, form) => {
    expect(passwordResetDeliveryFor(login)).toBe(delivery);
    expect(oneTimeSecretFormOf(delivery)).toBe(form);
  });

  it('a reset works for half an hour', () => {
    expect(PASSWORD_RESET_LIFETIME_MINUTES).toBe(30);
  });
});
