import { NotificationChannel, NotificationLocale } from '@jumush/contracts/client';
import { Role } from '@jumush/domain';
import { contactsOf, preferencesOf, type RecipientRow } from './recipients';

const row = (overrides: Partial<RecipientRow> = {}): RecipientRow => ({
  role: Role.Migrant,
  account_locale: null,
  phone: '+996700123456',
  phone_verified: true,
  email: null,
  channels: null,
  locale: null,
  telegram_chat_id: null,
  ...overrides,
});

describe('a recipient row', () => {
  it("falls back to the role's defaults when the person chose nothing", () => {
    expect(preferencesOf(row())).toEqual({ channels: [NotificationChannel.Sms, NotificationChannel.InApp], locale: NotificationLocale.Kyrgyz });
    expect(preferencesOf(row({ role: Role.Employer }))).toEqual({
      channels: [NotificationChannel.Email, NotificationChannel.InApp],
      locale: NotificationLocale.Russian,
    });
  });

  it.each([
    [Role.Migrant, 'ru', NotificationLocale.Russian],
    [Role.Migrant, 'uz', NotificationLocale.Uzbek],
    [Role.Migrant, 'tg', NotificationLocale.Tajik],
    [Role.Migrant, 'en', NotificationLocale.English],
    [Role.Employer, 'ky', NotificationLocale.Kyrgyz],
    [Role.Attache, 'uz', NotificationLocale.Uzbek],
  ])('a %s who never chose reads the language their account was registered in (%s)', (role, accountLocale, expected) => {
    expect(preferencesOf(row({ role, account_locale: accountLocale })).locale).toBe(expected);
  });

  it("prefers the language saved for notifications to the account's", () => {
    expect(preferencesOf(row({ account_locale: 'uz', locale: 'tg' })).locale).toBe(NotificationLocale.Tajik);
    expect(preferencesOf(row({ account_locale: 'xx' })).locale).toBe(NotificationLocale.Kyrgyz);
  });

  it('keeps the chosen channels, even none, and drops channels it does not know', () => {
    expect(preferencesOf(row({ channels: ['TELEGRAM', 'PIGEON'] })).channels).toEqual([NotificationChannel.Telegram]);
    expect(preferencesOf(row({ channels: [] })).channels).toEqual([]);
  });

  it('keeps a supported locale and replaces an unknown one by the default', () => {
    expect(preferencesOf(row({ locale: 'ru' })).locale).toBe(NotificationLocale.Russian);
    expect(preferencesOf(row({ locale: 'xx' })).locale).toBe(NotificationLocale.Kyrgyz);
  });

  it('gives its addresses as contact points', () => {
    expect(contactsOf(row({ email: 'a@b.kg', telegram_chat_id: '42' }))).toEqual({
      phone: '+996700123456',
      phoneVerified: true,
      email: 'a@b.kg',
      telegramChatId: '42',
    });
  });
});
