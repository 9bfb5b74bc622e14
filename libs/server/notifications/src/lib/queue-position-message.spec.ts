import { NotificationLocale, NotificationType } from '@jumush/contracts/client';
import { notificationContent } from './events';
import { renderNotification } from './render';

const context = (locale: NotificationLocale) => ({ webUrl: 'https://jumush.kg', locale, now: new Date('2026-03-05T10:00:00Z') });
const received = (locale: NotificationLocale, payload: Record<string, unknown>) =>
  renderNotification(
    NotificationType.ApplicationReceived,
    locale,
    notificationContent(NotificationType.ApplicationReceived, payload, context(locale)).params,
  ).body;

describe('the application-received message says the migrant’s place in the employer’s queue', () => {
  const payload = { applicationId: 'a1', vacancyId: 'v1', vacancyTitle: 'Каменщик', queuePosition: 3, queueTotal: 41, usualDays: 2 };

  it.each([
    [NotificationLocale.Russian, 'Вы 3-й из 41 ожидающих ответа работодателя; обычно отвечают за 2 дня.'],
    [NotificationLocale.Kyrgyz, 'Иш берүүчүнүн жообун күткөн 41 адамдын ичинен 3-орундасыз; адатта 2 күндө жооп беришет.'],
    [NotificationLocale.English, 'You are number 3 of 41 waiting for the employer; they usually answer within 2 days.'],
  ])('in %s', (locale, expected) => {
    expect(received(locale, payload)).toContain(expected);
  });

  it('leaves out the wait when it is not known, and the whole sentence for a message written before queues were counted', () => {
    expect(received(NotificationLocale.Russian, { ...payload, usualDays: undefined })).toMatch(/Вы 3-й из 41 ожидающих ответа работодателя\.$/);
    const before = received(NotificationLocale.Russian, { applicationId: 'a1', vacancyId: 'v1', vacancyTitle: 'Каменщик' });
    expect(before).toBe('Ваша заявка на вакансию «Каменщик» принята. Работодатель её рассмотрит, о решении мы сообщим.');
  });
});
