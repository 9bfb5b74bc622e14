import { HousingOption, NOTIFICATION_LOCALES, NOTIFICATION_TYPES, NotificationLocale, NotificationType } from '@jumush/contracts/client';
import { intlLocaleOf } from './locales';
import { messageSignature } from './placeholders';
import { formatMessage, renderNotification, type TemplateParams } from './render';
import { SMS_MAX_SEGMENTS, fitsSms, smsLength } from './sms-segments';
import { REFERENCE_LOCALE, TEMPLATES, type NotificationTemplate } from './templates';
import { vacancyChangeList } from './vacancy-changes';

const FIELDS: ReadonlyArray<keyof NotificationTemplate> = ['title', 'body', 'sms'];
const APPLICATION_ID = '0b6f7c3e-2d7a-4c55-9a36-8e1f0c2b9d41';

/**
 * Realistic values: vacancy titles and reasons are written by Russian employers in Russian (so even an
 * English SMS is UCS-2), the letter link is a full production URL.
 */
const SAMPLE: TemplateParams = {
  vacancyTitle: 'Сварщик НАКС',
  reason: 'нет опыта сварки',
  cause: 'employerSuspended',
  letterLink: `https://jumush.kg/ky/applications/${APPLICATION_ID}/letter`,
  subject: 'Набор №128',
  country: 'KG',
  queuePosition: 3,
  queueTotal: 41,
  usualDays: 2,
  deadline: new Date('2026-03-05T00:00:00Z'),
  departureDate: new Date('2026-04-21T00:00:00Z'),
  days: 3,
  openItems: 2,
  size: 24,
  approved: 21,
  refused: 3,
  comment: 'приложите миграционные карты',
  companyName: 'ООО «Стройресурс»',
  inn: '7707083893',
  code: '048213',
  minutes: 30,
  inviterName: 'Ольга Смирнова',
  login: 'phone',
  attemptedOn: new Date('2026-09-30T00:00:00Z'),
  forgotPassword: 'https://jumush.kg/ky/forgot-password',
  day: 30,
  checkInLink: `https://jumush.kg/ky/check-ins/${APPLICATION_ID}`,
  checkInShortLink: 'https://jumush.kg/ky/c/C298Pi16TFWaNo4fDCudQQ',
  grievanceLink: `https://jumush.kg/ky/grievances/${APPLICATION_ID}`,
  status: 'RESOLVED',
  fromCheckIn: 'true',
  amount: 25000,
  intermediary: 'Кара-ортомчу Асан',
  rule: 'fee',
  evidence: 2,
  endpointHost: 'hr.stroyresurs.ru',
  failures: 10,
};

/** Two of the three terms applicants hear of, written in each language as the worker writes them. */
const changesIn = (locale: NotificationLocale) =>
  vacancyChangeList(
    {
      wage: { from: 45000, to: 50000 },
      housing: { from: { option: HousingOption.Free, costRoubles: null }, to: { option: HousingOption.Paid, costRoubles: 8000 } },
    },
    locale,
  );

describe('notification templates', () => {
  it('exist for every notification type in every language, and nothing else', () => {
    for (const locale of NOTIFICATION_LOCALES) {
      expect(Object.keys(TEMPLATES[locale]).sort()).toEqual([...NOTIFICATION_TYPES].sort());
      for (const type of NOTIFICATION_TYPES) {
        for (const field of FIELDS) expect(TEMPLATES[locale][type]?.[field]?.trim()).toBeTruthy();
      }
    }
    expect(Object.keys(TEMPLATES).sort()).toEqual([...NOTIFICATION_LOCALES].sort());
  });

  describe.each(NOTIFICATION_LOCALES.filter((locale) => locale !== REFERENCE_LOCALE))('in %s', (locale) => {
    it.each(NOTIFICATION_TYPES)('%s has the placeholders of its Russian original', (type) => {
      for (const field of FIELDS) {
        const reference = messageSignature(TEMPLATES[REFERENCE_LOCALE][type][field], intlLocaleOf(REFERENCE_LOCALE));
        const translation = messageSignature(TEMPLATES[locale][type][field], intlLocaleOf(locale));
        expect({ field, ...translation }).toEqual({ field, ...reference });
      }
    });
  });

  it.each(NOTIFICATION_LOCALES)('in %s: every SMS fits two parts with realistic values, without shortening', (locale) => {
    const tooLong: string[] = [];
    for (const type of NOTIFICATION_TYPES) {
      for (const cause of ['vacancyClosed', 'employerSuspended', 'other']) {
        for (const openItems of [0, 1, 5]) {
          const text = formatMessage(TEMPLATES[locale][type].sms, locale, { ...SAMPLE, cause, openItems, changes: changesIn(locale) });
          const length = smsLength(text);
          if (length.segments > SMS_MAX_SEGMENTS) tooLong.push(`${type} (${length.encoding}, ${length.units} units): ${text}`);
        }
      }
    }
    expect(tooLong).toEqual([]);
  });

  it.each(NOTIFICATION_LOCALES)(
    'in %s: the registration-attempt SMS keeps the whole forgot-password link and the date, for a number and an address',
    (locale) => {
      const forgotPassword = `https://jumush.kg/${locale}/forgot-password`;
      for (const login of ['phone', 'email']) {
        const rendered = renderNotification(NotificationType.RegistrationAttempted, locale, {
          login,
          attemptedOn: new Date('2026-09-30T00:00:00Z'),
          forgotPassword,
        });
        expect(fitsSms(rendered.sms)).toBe(true);
        expect(rendered.sms).toContain(`${forgotPassword}`);
        expect(rendered.sms).toContain('30');
        expect(rendered.body).toContain('30');
        // The e-mail and the centre carry the link beside the body; the title and body say which login it was.
        expect(rendered.title).not.toBe(
          renderNotification(NotificationType.RegistrationAttempted, locale, {
            login: login === 'phone' ? 'email' : 'phone',
            attemptedOn: new Date(),
            forgotPassword,
          }).title,
        );
      }
    },
  );

  it('fails on a translation with a different placeholder (the check is not vacuous)', () => {
    const reference = messageSignature(TEMPLATES[REFERENCE_LOCALE][NotificationType.Declined].body, 'ru');
    expect(messageSignature('Себеби: {reson}', 'ky')).not.toEqual(reference);
    expect(messageSignature('{cause, select, vacancyClosed {a} other {b}}', 'ky')).not.toEqual(
      messageSignature(TEMPLATES.ru[NotificationType.Closed].sms, 'ru'),
    );
  });

  it('writes Uzbek in Latin only: no Cyrillic abbreviations (INN, OGRN), and nobody calls the approval letter an invitation', () => {
    const cyrillic = Object.entries(TEMPLATES[NotificationLocale.Uzbek]).flatMap(([type, template]) =>
      FIELDS.filter((field) => /\p{Script=Cyrillic}/u.test(template[field])).map((field) => `${type}.${field}`),
    );
    expect(cyrillic).toEqual([]);
    const invitation = /приглаш|invitation|чакыру|taklifnoma|даъватнома/i;
    const found = NOTIFICATION_LOCALES.flatMap((locale) =>
      // A colleague's invitation to join a company is one; only the approval letter must never be called so.
      NOTIFICATION_TYPES.filter((type) => type !== NotificationType.CompanyInvitation).flatMap((type) =>
        FIELDS.filter((field) => invitation.test(TEMPLATES[locale][type][field])).map((field) => `${locale}.${type}.${field}`),
      ),
    );
    expect(found).toEqual([]);
  });

  it('every template parses', () => {
    for (const locale of Object.values(NotificationLocale)) {
      for (const type of NOTIFICATION_TYPES)
        for (const field of FIELDS) expect(() => messageSignature(TEMPLATES[locale][type][field], intlLocaleOf(locale))).not.toThrow();
    }
  });
});
