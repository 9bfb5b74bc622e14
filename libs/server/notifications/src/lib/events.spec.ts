import { HousingOption, NOTIFICATION_TYPES, NotificationLocale, NotificationType, OutboxTopic } from '@jumush/contracts/client';
import { ALL_APPLICATION_STATUSES, Role } from '@jumush/domain';
import { notificationContent } from './events';
import { isSilentTopic, notificationTypeFor } from './topic-catalogue';

const now = new Date('2026-03-02T09:00:00Z');
const context = { webUrl: 'https://jumush.kg/', locale: NotificationLocale.Kyrgyz, now };
const APPLICATION = '11111111-2222-4333-8444-555555555555';
const VACANCY = '66666666-7777-4888-8999-000000000000';

describe('notificationTypeFor', () => {
  it('has a template, or is deliberately silent, for every application status topic the API writes', () => {
    for (const status of ALL_APPLICATION_STATUSES) {
      const topic = `application.${status.toLowerCase()}`;
      const type = notificationTypeFor({ topic, payload: {} }, Role.Migrant);
      expect(type !== null || isSilentTopic(topic)).toBe(true);
    }
  });

  it('tells the candidate and the employer different things about one submission or withdrawal', () => {
    const submitted = { topic: OutboxTopic.ApplicationSubmitted, payload: {} };
    expect(notificationTypeFor(submitted, Role.Migrant)).toBe(NotificationType.ApplicationReceived);
    expect(notificationTypeFor(submitted, Role.Employer)).toBe(NotificationType.NewApplicant);
    const withdrawn = { topic: OutboxTopic.ApplicationWithdrawn, payload: {} };
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

  it('tells the attaché of a submitted batch and the recruiters of its decision or return', () => {
    expect(notificationTypeFor({ topic: OutboxTopic.BatchSubmitted, payload: {} }, Role.Attache)).toBe(NotificationType.BatchSubmitted);
    expect(notificationTypeFor({ topic: OutboxTopic.BatchDecided, payload: {} }, Role.Employer)).toBe(NotificationType.BatchDecided);
    expect(notificationTypeFor({ topic: OutboxTopic.BatchReturned, payload: {} }, Role.Employer)).toBe(NotificationType.BatchReturned);
    expect(notificationTypeFor({ topic: OutboxTopic.BatchDecided, payload: {} }, Role.Migrant)).toBeNull();
  });
});

describe('notificationContent', () => {
  it('builds every type without throwing, from an empty payload', () => {
    for (const type of NOTIFICATION_TYPES) expect(() => notificationContent(type, {}, context)).not.toThrow();
  });

  it('names a refusal’s code in the reader’s language and keeps a decline’s own words', () => {
    const refusal = { applicationId: APPLICATION, vacancyTitle: 'Сварщик', reason: 'DOCUMENTS_INCOMPLETE: Нет медицинской справки' };
    expect(notificationContent(NotificationType.Refused, refusal, context).params['reason']).toBe('Документтер толук эмес — Нет медицинской справки');
    const decline = { applicationId: APPLICATION, vacancyTitle: 'Сварщик', reason: 'Нужен опыт от пяти лет' };
    expect(notificationContent(NotificationType.Declined, decline, context).params['reason']).toBe('Нужен опыт от пяти лет');
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

  it('names the open checklist items in the reader’s language and counts days on the calendar of the migrant’s citizenship', () => {
    const payload = { departureDate: '2026-03-05', openItemKinds: ['POLICE_CLEARANCE', 'MEDICAL_CERTIFICATE', 'NOT_A_KIND'], citizenship: 'KG' };
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
    // 18:30 UTC on 2 March: 00:30 on 3 March in Bishkek (two days left), still 23:30 on 2 March in Dushanbe and Tashkent (three).
    const eve = { ...context, now: new Date('2026-03-02T18:30:00Z') };
    const daysLeft = (citizenship: string) =>
      notificationContent(NotificationType.DepartureReminder, { departureDate: '2026-03-05', openItemKinds: [], citizenship }, eve).params['days'];
    expect([daysLeft('KG'), daysLeft('TJ'), daysLeft('UZ')]).toEqual([2, 3, 3]);
  });

  it('links batches, companies and vacancies to the pages their readers act on', () => {
    const ru = { ...context, locale: NotificationLocale.Russian };
    const batch = '77777777-8888-4999-8aaa-bbbbbbbbbbbb';
    expect(notificationContent(NotificationType.BatchSubmitted, { batchId: batch, vacancyTitle: 'Сварщик', size: 12 }, ru)).toEqual({
      params: { vacancyTitle: 'Сварщик', size: 12 },
      link: `https://jumush.kg/ru/attache/batches/${batch}`,
    });
    expect(notificationContent(NotificationType.BatchDecided, { batchId: batch, approved: 9, refused: 3 }, ru)).toEqual({
      params: { vacancyTitle: '—', approved: 9, refused: 3 },
      link: `https://jumush.kg/ru/employer/batches/${batch}`,
    });
    expect(notificationContent(NotificationType.BatchReturned, { batchId: batch, comment: 'Нет паспортов' }, ru).params['comment']).toBe(
      'Нет паспортов',
    );
    expect(notificationContent(NotificationType.CompanySuspended, { companyName: 'ООО «Строй»', reason: 'жалобы' }, ru)).toEqual({
      params: { companyName: 'ООО «Строй»', reason: 'жалобы' },
      link: 'https://jumush.kg/ru/employer/company',
    });
    expect(notificationContent(NotificationType.VacancyRejected, { vacancyId: VACANCY, reason: 'нет жилья' }, ru).link).toBe(
      `https://jumush.kg/ru/employer/vacancies/${VACANCY}/edit`,
    );
  });

  it('writes the old and new terms of a changed vacancy in the reader’s language', () => {
    const changes = {
      wage: { from: 45000, to: 50000 },
      housing: { from: { option: HousingOption.Free, costRoubles: null }, to: { option: HousingOption.Paid, costRoubles: 8000 } },
      hours: { from: 40, to: 48 },
    };
    const ru = notificationContent(
      NotificationType.VacancyChanged,
      { vacancyId: VACANCY, changes },
      { ...context, locale: NotificationLocale.Russian },
    );
    expect(ru.params['changes']).toBe(
      'зарплата: 45\u00a0000 → 50\u00a0000 ₽ в месяц; жильё: бесплатно → 8\u00a0000 ₽ в месяц; часов в неделю: 40 → 48',
    );
    // The link is the applicant's application page (the vacancy itself is back in review, not public).
    const linked = notificationContent(NotificationType.VacancyChanged, { applicationId: APPLICATION, vacancyId: VACANCY, changes }, context);
    expect(linked.link).toBe(`https://jumush.kg/ky/applications/${APPLICATION}`);
    expect(ru.link).toBe(`https://jumush.kg/ru/vacancies/${VACANCY}`);
    const en = notificationContent(NotificationType.VacancyChanged, { changes }, { ...context, locale: NotificationLocale.English });
    expect(en.params['changes']).toBe('wage: 45,000 → 50,000 ₽ a month; housing: free → 8,000 ₽ a month; hours a week: 40 → 48');
    expect(notificationContent(NotificationType.VacancyChanged, { changes: 'garbage' }, context).params['changes']).toBe('—');
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

describe('after-arrival notifications', () => {
  it('link the check-in page, and give its SMS the short form of the same page', () => {
    const checkInId = '0b6f7c3e-2d7a-4c55-9a36-8e1f0c2b9d41';
    const content = notificationContent(NotificationType.CheckInDue, { checkInId, day: 3, vacancyTitle: 'Сварщик' }, context);
    expect(content.link).toBe(`https://jumush.kg/ky/check-ins/${checkInId}`);
    expect(content.params['checkInShortLink']).toBe('https://jumush.kg/ky/c/C298Pi16TFWaNo4fDCudQQ');
  });

  it("link the staff's case page when the migrant writes in a grievance", () => {
    const grievanceId = '0b6f7c3e-2d7a-4c55-9a36-8e1f0c2b9d41';
    expect(notificationContent(NotificationType.GrievanceMessage, { grievanceId, vacancyTitle: 'Сварщик' }, context)).toEqual({
      params: { vacancyTitle: 'Сварщик', grievanceLink: `https://jumush.kg/ky/attache/grievances/${grievanceId}` },
      link: `https://jumush.kg/ky/attache/grievances/${grievanceId}`,
    });
  });
});
