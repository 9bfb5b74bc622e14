import 'reflect-metadata';
import { NotificationChannel, NotificationLocale, NotificationType } from '@jumush/contracts';
import { renderNotification } from '@jumush/server/notifications';
import { RenderedMessage } from './rendered-message';

const envelope = {
  deliveryId: '7',
  outboxId: '42',
  accountId: '11111111-2222-4333-8444-555555555555',
  channel: NotificationChannel.Sms,
  address: '+996555000001',
  link: 'https://jumush.kg/ky/applications/1/letter',
  idempotencyKey: 'deliver.42.11111111-2222-4333-8444-555555555555.SMS',
};

describe('RenderedMessage', () => {
  it.each([
    [
      NotificationType.Approved,
      NotificationLocale.Kyrgyz,
      { vacancyTitle: 'Сварщик НАКС', letterLink: 'https://jumush.kg/ky/applications/1/letter' },
    ],
    [NotificationType.Declined, NotificationLocale.Russian, { vacancyTitle: 'Бетонщик', reason: 'нет опыта '.repeat(40) }],
    [NotificationType.Shortlisted, NotificationLocale.English, { vacancyTitle: 'Welder' }],
  ])('renders %s in %s exactly as renderNotification does', (type, locale, params) => {
    const message = new RenderedMessage({ ...envelope, type, locale }, params);
    const expected = renderNotification(type, locale, params);
    expect({ title: message.title, body: message.body, sms: message.sms }).toEqual({ title: expected.title, body: expected.body, sms: expected.sms });
    expect(message.toJSON()).toMatchObject({ ...envelope, type, locale, title: expected.title, sms: expected.sms });
  });

  it('renders a text only when it is read, once', () => {
    let reads = 0;
    const params = {
      get vacancyTitle() {
        reads += 1;
        return 'Сварщик';
      },
    };
    const message = new RenderedMessage({ ...envelope, type: NotificationType.Shortlisted, locale: NotificationLocale.Kyrgyz }, params);
    expect(reads).toBe(0);
    const sms = message.sms;
    const readsForSms = reads;
    expect(readsForSms).toBeGreaterThan(0);
    expect(message.sms).toBe(sms);
    expect(reads).toBe(readsForSms);
  });
});
