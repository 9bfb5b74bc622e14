import { NotificationLocale, NotificationType } from '@jumush/contracts/client';
import { renderNotification, renderSms } from './render';
import { SMS_MAX_SEGMENTS, SMS_MAX_SEGMENTS_WITH_REASON, smsLength } from './sms-segments';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('renderNotification', () => {
  it('writes Russian plurals with all four categories', () => {
    const render = (days: number) =>
      renderNotification(NotificationType.DeadlineReminder, NotificationLocale.Russian, { subject: 'Набор №7', deadline: day('2026-03-05'), days })
        .body;
    expect(render(1)).toBe('Набор №7: срок — 5 марта, остался 1 день.');
    expect(render(3)).toBe('Набор №7: срок — 5 марта, осталось 3 дня.');
    expect(render(5)).toBe('Набор №7: срок — 5 марта, осталось 5 дней.');
    expect(render(21)).toBe('Набор №7: срок — 5 марта, остался 21 день.');
    expect(render(0)).toBe('Набор №7: срок — 5 марта, сегодня.');
  });

  it('writes dates in the reader’s language, never shifted by the time zone', () => {
    const params = { departureDate: day('2026-04-21'), days: 3, openItems: 2, openItemList: 'medical certificate, police clearance' };
    expect(renderNotification(NotificationType.DepartureReminder, NotificationLocale.Kyrgyz, params).sms).toBe(
      'Jumush: жөнөө 21-апрель. Дагы 2 пункт даяр эмес.',
    );
    expect(renderNotification(NotificationType.DepartureReminder, NotificationLocale.English, params).body).toBe(
      'Your departure is on April 21, in 3 days. 2 checklist items are still open: medical certificate, police clearance.',
    );
    expect(renderNotification(NotificationType.DepartureReminder, NotificationLocale.Uzbek, params).sms).toContain('21-aprel');
    expect(
      renderNotification(NotificationType.DepartureReminder, NotificationLocale.Russian, {
        ...params,
        openItems: 1,
        openItemList: 'справка о несудимости',
      }).body,
    ).toContain('21 апреля, через 3 дня. В чек-листе не готов ещё 1 пункт: справка о несудимости.');
    expect(
      renderNotification(NotificationType.DepartureReminder, NotificationLocale.English, { ...params, openItems: 0, openItemList: '—' }).body,
    ).toBe('Your departure is on April 21, in 3 days. Everything on the checklist is done.');
  });

  it('chooses the closure cause', () => {
    const closed = (cause: string) => renderNotification(NotificationType.Closed, NotificationLocale.Kyrgyz, { vacancyTitle: 'Бетончу', cause }).sms;
    expect(closed('vacancyClosed')).toBe('Jumush: «Бетончу» боюнча арыз жабылды: кабыл алуу аяктады.');
    expect(closed('employerSuspended')).toContain('иш берүүчү токтотулду');
    expect(closed('somethingNew')).toContain('вакансия жок');
  });

  it('keeps user text as text (no markup, no MessageFormat syntax in values)', () => {
    const rendered = renderNotification(NotificationType.Declined, NotificationLocale.Russian, {
      vacancyTitle: '<b>Сварщик</b>',
      reason: '{x} мало опыта',
    });
    expect(rendered.body).toContain('«<b>Сварщик</b>»');
    expect(rendered.body).toContain('Причина: {x} мало опыта.');
  });

  it('keeps a refusal’s reason whole: the title shortens first, then the SMS takes more parts', () => {
    const title = 'Монтажник металлоконструкций на строительство крупного торгового центра в Подмосковье';
    const reason = 'Нет справки о несудимости, срок действия паспорта истекает до конца договора';
    const sms = renderNotification(NotificationType.Refused, NotificationLocale.Russian, { vacancyTitle: title, reason }).sms;
    expect(sms).toContain(`Причина: ${reason}`);
    expect(sms).not.toContain(title);
    expect(smsLength(sms).segments).toBeLessThanOrEqual(SMS_MAX_SEGMENTS);

    // A reason that cannot fit two parts at all: the SMS grows rather than cut it.
    const long = 'Кандидат не подходит по нескольким причинам: нет опыта сварки, нет удостоверения НАКС, нет медицинской справки.';
    const multipart = renderNotification(NotificationType.Refused, NotificationLocale.Russian, { vacancyTitle: 'Монтажник', reason: long }).sms;
    expect(multipart).toBe(`Jumush: атташе не одобрил «Монтажник». Причина: ${long}`);
    expect(smsLength(multipart).segments).toBeGreaterThan(SMS_MAX_SEGMENTS);
    expect(smsLength(multipart).segments).toBeLessThanOrEqual(SMS_MAX_SEGMENTS_WITH_REASON);
  });

  it('shortens even the reason only beyond SMS_MAX_SEGMENTS_WITH_REASON parts', () => {
    const reason = 'Кандидат не подходит по нескольким причинам: '.repeat(12);
    const sms = renderNotification(NotificationType.Declined, NotificationLocale.Russian, { vacancyTitle: 'Монтажник', reason }).sms;
    expect(smsLength(sms).segments).toBe(SMS_MAX_SEGMENTS_WITH_REASON);
    expect(sms).toContain('«Монтажник»');
    expect(sms).toContain('…');
  });

  it('shortens the title of a message without a reason to two parts', () => {
    const title = 'Монтажник металлоконструкций на строительство крупного торгового центра в Подмосковье и области';
    const sms = renderNotification(NotificationType.Shortlisted, NotificationLocale.Russian, { vacancyTitle: title.repeat(2) }).sms;
    expect(smsLength(sms).segments).toBeLessThanOrEqual(SMS_MAX_SEGMENTS);
    expect(sms).toContain('…');
  });

  it('falls back to cutting the text when no value can be shortened', () => {
    const sms = renderSms('Ж'.repeat(200), NotificationLocale.Russian, {});
    expect(smsLength(sms).units).toBe(134);
  });
});
