import { NOTIFICATION_TYPES, NotificationLocale, NotificationType } from '@jumush/contracts/client';
import { ALL_APPLICATION_STATUSES, Role } from '@jumush/domain';
import { NotificationTopic, SILENT_TOPICS, notificationContent, notificationTypeFor } from './events';

const now = new Date('2026-03-02T09:00:00Z');
const context = { webUrl: 'https://jumush.kg/', locale: NotificationLocale.Kyrgyz, now };
const APPLICATION = '11111111-2222-4333-8444-555555555555';
const VACANCY = '66666666-7777-4888-8999-000000000000';

describe('notificationTypeFor', () => {
  it('has a template, or is deliberately silent, for every application status topic the API writes', () => {
    for (const status of ALL_APPLICATION_STATUSES) {
      const topic = `application.${status.toLowerCase()}`;
      const type = notificationTypeFor({ topic, payload: {} }, Role.Migrant);
      expect(type !== null || SILENT_TOPICS.has(topic)).toBe(true);
    }
  });

  it('tells the candidate and the employer different things about one submission or withdrawal', () => {
    const submitted = { topic: NotificationTopic.ApplicationSubmitted, payload: {} };
    expect(notificationTypeFor(submitted, Role.Migrant)).toBe(NotificationType.ApplicationReceived);
    expect(notificationTypeFor(submitted, Role.Employer)).toBe(NotificationType.NewApplicant);
    const withdrawn = { topic: NotificationTopic.ApplicationWithdrawn, payload: {} };
    expect(notificationTypeFor(withdrawn, Role.Migrant)).toBe(NotificationType.WithdrawalConfirmed);
    expect(notificationTypeFor(withdrawn, Role.Employer)).toBe(NotificationType.CandidateWithdrew);
  });

  it('reads a shortlisting that comes back from a batch as "returned"', () => {
    expect(notificationTypeFor({ topic: 'application.shortlisted', payload: { from: 'IN_BATCH' } }, Role.Migrant)).toBe(NotificationType.Returned);
    expect(notificationTypeFor({ topic: 'application.shortlisted', payload: { from: 'SUBMITTED' } }, Role.Migrant)).toBe(
      NotificationType.Shortlisted,
    );
  });

  it('ignores topics it does not know', () => {
    expect(notificationTypeFor({ topic: 'something.else', payload: {} }, Role.Migrant)).toBeNull();
  });
});

describe('notificationContent', () => {
  it('builds every type without throwing, from an empty payload', () => {
    for (const type of NOTIFICATION_TYPES) expect(() => notificationContent(type, {}, context)).not.toThrow();
  });

  it('links the approval to the letter in the reader’s web language', () => {
    const content = notificationContent(NotificationType.Approved, { applicationId: APPLICATION, vacancyTitle: 'Сварщик' }, context);
    expect(content.params).toEqual({ vacancyTitle: 'Сварщик', letterLink: `https://jumush.kg/ky/applications/${APPLICATION}/letter` });
    expect(content.link).toBe(content.params['letterLink']);
    const uzbek = notificationContent(NotificationType.Approved, { applicationId: APPLICATION }, { ...context, locale: NotificationLocale.Uzbek });
    expect(uzbek.link).toBe(`https://jumush.kg/uz/applications/${APPLICATION}/letter`);
    const tajik = notificationContent(NotificationType.Approved, { applicationId: APPLICATION }, { ...context, locale: NotificationLocale.Tajik });
    expect(tajik.link).toBe(`https://jumush.kg/tg/applications/${APPLICATION}/letter`);
  });

  it('takes the vacancy title from the database when the payload lacks it, and the closure cause from the reason', () => {
    const content = notificationContent(
      NotificationType.Closed,
      { applicationId: APPLICATION, reason: 'vacancyClosed' },
      { ...context, vacancyTitle: 'Бетонщик' },
    );
    expect(content.params).toEqual({ vacancyTitle: 'Бетонщик', cause: 'vacancyClosed' });
  });

  it('links employers to the applicants of the vacancy', () => {
    expect(notificationContent(NotificationType.NewApplicant, { vacancyId: VACANCY }, { ...context, locale: NotificationLocale.Russian }).link).toBe(
      `https://jumush.kg/ru/employer/vacancies/${VACANCY}/applicants`,
    );
  });

  it('names the open checklist items in the reader’s language and counts days on Bishkek’s calendar', () => {
    const payload = { departureDate: '2026-03-05', openItemKinds: ['POLICE_CLEARANCE', 'MEDICAL_CERTIFICATE', 'NOT_A_KIND'] };
    // 20:00 UTC on 2 March is already 3 March in Bishkek: two days left, not three.
    const late = { ...context, now: new Date('2026-03-02T20:00:00Z') };
    expect(notificationContent(NotificationType.DepartureReminder, payload, late)).toEqual({
      params: {
        departureDate: new Date('2026-03-05T00:00:00Z'),
        days: 2,
        openItems: 2,
        openItemList: 'медициналык маалымкат, соттолбогондугу жөнүндө маалымкат',
      },
      link: 'https://jumush.kg/ky/profile',
    });
    expect(
      notificationContent(NotificationType.DepartureReminder, payload, { ...context, locale: NotificationLocale.Tajik }).params['openItemList'],
    ).toBe('маълумотномаи тиббӣ, маълумотнома дар бораи доғи судӣ надоштан');
    expect(notificationContent(NotificationType.DepartureReminder, { departureDate: '2026-03-05', openItemKinds: [] }, context).params).toMatchObject(
      { days: 3, openItems: 0 },
    );
  });

  it('counts days to a deadline from today in UTC', () => {
    const content = notificationContent(
      NotificationType.DeadlineReminder,
      { subject: 'Набор №3', deadline: '2026-03-05', path: '/attache/batches/3' },
      context,
    );
    expect(content.params).toEqual({ subject: 'Набор №3', deadline: new Date('2026-03-05T00:00:00Z'), days: 3 });
    expect(content.link).toBe('https://jumush.kg/ky/attache/batches/3');
    expect(notificationContent(NotificationType.DeadlineReminder, { deadline: '2026-02-01' }, context).params['days']).toBe(0);
  });
});
