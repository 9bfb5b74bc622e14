import { NotificationChannel, NotificationLocale } from '@jumush/contracts/client';
import { Role } from '@jumush/domain';
import { availableChannels, defaultPreferences, deliveryChannels } from './preferences';

const { InApp, Email, Sms, Telegram } = NotificationChannel;
const ALL = new Set([InApp, Email, Sms, Telegram]);

describe('notification preferences', () => {
  it('default to SMS and in-app in Kyrgyz for migrants, e-mail and in-app in Russian for everyone else', () => {
    expect(defaultPreferences(Role.Migrant)).toEqual({ channels: [Sms, InApp], locale: NotificationLocale.Kyrgyz });
    expect(defaultPreferences(Role.Employer)).toEqual({ channels: [Email, InApp], locale: NotificationLocale.Russian });
    expect(defaultPreferences(Role.Attache)).toEqual({ channels: [Email, InApp], locale: NotificationLocale.Russian });
    expect(defaultPreferences(Role.Admin)).toEqual({ channels: [Email, InApp], locale: NotificationLocale.Russian });
  });

  it('offer only channels with an address that this deployment has configured', () => {
    const migrant = { phone: '+996555000001', phoneVerified: true, email: null, telegramChatId: null };
    expect(availableChannels(migrant, ALL)).toEqual([InApp, Sms]);
    expect(availableChannels({ ...migrant, telegramChatId: '42' }, ALL)).toEqual([InApp, Sms, Telegram]);
    expect(availableChannels({ ...migrant, telegramChatId: '42' }, new Set([InApp, Sms, Email]))).toEqual([InApp, Sms]);
  });

  it('deliver on the chosen available channels and always in-app', () => {
    const employer = { phone: null, phoneVerified: false, email: 'hr@example.ru', telegramChatId: null };
    expect(deliveryChannels(defaultPreferences(Role.Employer), employer, ALL)).toEqual([InApp, Email]);
    expect(deliveryChannels({ channels: [Sms], locale: NotificationLocale.Russian }, employer, ALL)).toEqual([InApp]);
    expect(deliveryChannels({ channels: [], locale: NotificationLocale.Russian }, employer, ALL)).toEqual([InApp]);
  });
});
