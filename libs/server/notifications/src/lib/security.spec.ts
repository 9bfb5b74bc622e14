import { NotificationChannel, NotificationLocale, NotificationType, OUTBOX_TOPICS, OutboxTopic } from '@jumush/contracts/client';
import { Role } from '@jumush/domain';
import { notificationContent } from './events';
import { defaultPreferences } from './preferences';
import { carriesSecret, openSealedSecret, recipientChannels, sealSecret, securityChannels, signInChannel } from './security';
import { isAddressedEmailTopic, notificationTypeFor } from './topic-catalogue';

const ALL = new Set(Object.values(NotificationChannel));
const contacts = { phone: '+996555000001', phoneVerified: true, email: 'a@b.kg', telegramChatId: '42' };
const ACCOUNT = '11111111-2222-4333-8444-555555555555';

/** A reversible stand-in for the field cipher that, like it, binds the context. */
const cipher = {
  encrypt: (plaintext: string, context: string) => `sealed(${context}):${Buffer.from(plaintext).toString('base64')}`,
  decrypt: (ciphertext: string, context: string) => {
    const prefix = `sealed(${context}):`;
    if (!ciphertext.startsWith(prefix)) throw new Error('wrong context');
    return Buffer.from(ciphertext.slice(prefix.length), 'base64').toString();
  },
};

describe('security messages', () => {
  it.each([
    [Role.Migrant, NotificationChannel.Sms],
    [Role.Employer, NotificationChannel.Email],
    [Role.Attache, NotificationChannel.Email],
    [Role.Admin, NotificationChannel.Email],
  ])('a %s hears on the channel of the address they sign in with (%s)', (role, channel) => {
    expect(signInChannel(role)).toBe(channel);
  });

  it('ignores the preferences: a secret goes to the sign-in address only, never in-app; a notice to both', () => {
    const onlyInApp = { channels: [NotificationChannel.InApp], locale: NotificationLocale.English };
    const reset = { topic: OutboxTopic.PasswordResetRequested, payload: { form: 'CODE' } };
    const changed = { topic: OutboxTopic.PasswordChanged, payload: {} };
    expect(recipientChannels(reset, Role.Migrant, onlyInApp, contacts, ALL)).toEqual([NotificationChannel.Sms]);
    expect(recipientChannels(changed, Role.Employer, onlyInApp, contacts, ALL)).toEqual([NotificationChannel.InApp, NotificationChannel.Email]);
    // An ordinary topic still follows the preferences.
    expect(recipientChannels({ topic: OutboxTopic.ApplicationApproved, payload: {} }, Role.Migrant, onlyInApp, contacts, ALL)).toEqual([
      NotificationChannel.InApp,
    ]);
    expect(recipientChannels(reset, Role.Employer, defaultPreferences(Role.Employer), contacts, ALL)).toEqual([NotificationChannel.Email]);
  });

  it('sends an unproven number only one-time codes: everything else goes on the other channels', () => {
    const unproven = { ...contacts, phoneVerified: false };
    const smsAndTelegram = {
      channels: [NotificationChannel.Sms, NotificationChannel.Telegram, NotificationChannel.InApp],
      locale: NotificationLocale.Kyrgyz,
    };
    const code = { topic: OutboxTopic.PhoneVerificationRequested, payload: {} };
    const reset = { topic: OutboxTopic.PasswordResetRequested, payload: {} };
    const approved = { topic: OutboxTopic.ApplicationApproved, payload: {} };
    const changed = { topic: OutboxTopic.PasswordChanged, payload: {} };
    expect(recipientChannels(code, Role.Migrant, smsAndTelegram, unproven, ALL)).toEqual([NotificationChannel.Sms]);
    expect(recipientChannels(reset, Role.Migrant, smsAndTelegram, unproven, ALL)).toEqual([NotificationChannel.Sms]);
    expect(recipientChannels(approved, Role.Migrant, smsAndTelegram, unproven, ALL)).toEqual([
      NotificationChannel.InApp,
      NotificationChannel.Telegram,
    ]);
    expect(recipientChannels(changed, Role.Migrant, smsAndTelegram, unproven, ALL)).toEqual([NotificationChannel.InApp]);
    // Once proven, the same messages go by SMS as chosen.
    expect(recipientChannels(approved, Role.Migrant, smsAndTelegram, contacts, ALL)).toEqual([
      NotificationChannel.InApp,
      NotificationChannel.Sms,
      NotificationChannel.Telegram,
    ]);
    expect(notificationTypeFor(code, Role.Migrant)).toBe(NotificationType.PhoneVerificationCode);
    expect(carriesSecret(code)).toBe(true);
  });

  it('sends a secret nowhere when the sign-in address or its channel is missing', () => {
    expect(securityChannels('secret', Role.Employer, { ...contacts, email: null }, ALL)).toEqual([]);
    expect(securityChannels('secret', Role.Migrant, contacts, new Set([NotificationChannel.InApp]))).toEqual([]);
  });

  it('knows which topics carry a secret: resets, verifications and invitations; which of them go to an address', () => {
    expect(carriesSecret({ topic: OutboxTopic.PasswordResetRequested, payload: {} })).toBe(true);
    expect(carriesSecret({ topic: OutboxTopic.EmailVerificationRequested, payload: {} })).toBe(true);
    expect(carriesSecret({ topic: OutboxTopic.CompanyMemberInvited, payload: {} })).toBe(true);
    expect(carriesSecret({ topic: OutboxTopic.AccountSetupRequested, payload: {} })).toBe(true);
    expect(carriesSecret({ topic: OutboxTopic.PasswordChanged, payload: {} })).toBe(false);
    expect(carriesSecret({ topic: OutboxTopic.ApplicationApproved, payload: {} })).toBe(false);
    expect(OUTBOX_TOPICS.filter(isAddressedEmailTopic).sort()).toEqual(
      [OutboxTopic.AccountSetupRequested, OutboxTopic.CompanyMemberInvited, OutboxTopic.EmailVerificationRequested].sort(),
    );
    // Every addressed e-mail carries a secret, so the one rule of secrets (never in-app, never captured in production) covers it.
    expect(OUTBOX_TOPICS.filter((topic) => isAddressedEmailTopic(topic) && !carriesSecret({ topic, payload: {} }))).toEqual([]);
  });

  it.each([
    [Role.Migrant, NotificationType.PasswordResetCode],
    [Role.Employer, NotificationType.PasswordResetLink],
    [Role.Attache, NotificationType.PasswordResetLink],
    [Role.Admin, NotificationType.PasswordResetLink],
  ])('a %s (their sign-in address) gets %s', (role, type) => {
    expect(notificationTypeFor({ topic: OutboxTopic.PasswordResetRequested, payload: {} }, role)).toBe(type);
  });

  it('seals the secret for its topic and account: it opens for those only, and the payload keeps no plain copy', () => {
    const reset = { topic: OutboxTopic.PasswordResetRequested, payload: { form: 'LINK', expiresInMinutes: 30 } };
    const payload = sealSecret(cipher, reset, ACCOUNT, 'the-secret');
    expect(JSON.stringify(payload)).not.toContain('the-secret');
    expect(openSealedSecret({ ...reset, payload }, ACCOUNT, cipher)).toEqual({ form: 'LINK', expiresInMinutes: 30, secret: 'the-secret' });
    expect(() => openSealedSecret({ ...reset, payload }, '99999999-2222-4333-8444-555555555555', cipher)).toThrow();
    expect(() => openSealedSecret({ topic: OutboxTopic.EmailVerificationRequested, payload }, ACCOUNT, cipher)).toThrow();
    expect(openSealedSecret({ ...reset, payload: { form: 'CODE' } }, ACCOUNT, cipher)).toEqual({ form: 'CODE' });
  });

  it('binds an addressed e-mail’s secret to its address, whether or not the address has an account', () => {
    const invitation = { topic: OutboxTopic.CompanyMemberInvited, payload: { to: 'New@Kirpich.example', locale: 'ru', companyName: 'ООО «Кирпич»' } };
    const payload = sealSecret(cipher, invitation, null, 'invitation-token');
    expect(JSON.stringify(payload)).not.toContain('invitation-token');
    expect(openSealedSecret({ ...invitation, payload }, null, cipher)['secret']).toBe('invitation-token');
    // The account that later registers the address reads the same link.
    expect(openSealedSecret({ ...invitation, payload }, ACCOUNT, cipher)['secret']).toBe('invitation-token');
    expect(() => openSealedSecret({ ...invitation, payload: { ...payload, to: 'other@kirpich.example' } }, null, cipher)).toThrow();
  });

  it('puts the code in the SMS values and the link in the reader’s language, never a link for the code', () => {
    const context = { webUrl: 'https://jumush.kg/', locale: NotificationLocale.Uzbek, now: new Date() };
    expect(notificationContent(NotificationType.PasswordResetCode, { secret: '012345', expiresInMinutes: 30 }, context)).toEqual({
      params: { code: '012345', minutes: 30 },
      link: null,
    });
    expect(notificationContent(NotificationType.PasswordResetLink, { secret: 'abc_DEF-123', expiresInMinutes: 30 }, context)).toEqual({
      params: { minutes: 30 },
      link: 'https://jumush.kg/uz/reset-password/abc_DEF-123',
    });
    expect(notificationContent(NotificationType.PasswordChanged, {}, context).link).toBe('https://jumush.kg/uz/forgot-password');
  });

  it('tells the owner of a login someone tried to register: in the centre and on the sign-in address, whatever the preferences', () => {
    const attempt = { topic: OutboxTopic.RegistrationAttempted, payload: { login: 'phone', attemptedOn: '2026-09-30' } };
    const onlyInApp = { channels: [NotificationChannel.InApp], locale: NotificationLocale.Russian };
    expect(carriesSecret(attempt)).toBe(false);
    expect(notificationTypeFor(attempt, Role.Migrant)).toBe(NotificationType.RegistrationAttempted);
    expect(recipientChannels(attempt, Role.Migrant, onlyInApp, contacts, ALL)).toEqual([NotificationChannel.InApp, NotificationChannel.Sms]);
    expect(recipientChannels(attempt, Role.Employer, onlyInApp, contacts, ALL)).toEqual([NotificationChannel.InApp, NotificationChannel.Email]);
    const context = { webUrl: 'https://jumush.kg/', locale: NotificationLocale.Tajik, now: new Date('2026-10-01T12:00:00Z') };
    expect(notificationContent(NotificationType.RegistrationAttempted, attempt.payload, context)).toEqual({
      params: { login: 'phone', attemptedOn: new Date('2026-09-30T00:00:00Z'), forgotPassword: 'https://jumush.kg/tg/forgot-password' },
      link: 'https://jumush.kg/tg/forgot-password',
    });
    expect(notificationContent(NotificationType.RegistrationAttempted, { login: 'email' }, context).params).toMatchObject({
      login: 'email',
      attemptedOn: context.now,
    });
  });
});
