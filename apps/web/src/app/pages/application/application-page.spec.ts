import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTranslateService } from '@ngx-translate/core';
import {
  AfterArrivalItemKind,
  ApplicationStatus,
  LetterRevocationCategory,
  type AfterArrivalChecklistView,
  type CheckInView,
  type MyApplicationView,
  type PromisedVsActualView,
  type MyRatingView,
} from '@jumush/contracts/client';
import { saveBlob } from '../../shared/data/download';
import { useRealTranslations } from '../../testing/translations';
import { ApplicationPage } from './application-page';

// jsdom cannot follow a download link; what matters is which file is saved under which name.
jest.mock('../../shared/data/download', () => ({ saveBlob: jest.fn() }));

function anApplication(overrides: Partial<MyApplicationView> = {}): MyApplicationView {
  return {
    id: 'a1',
    status: ApplicationStatus.InBatch,
    statusReason: null,
    note: null,
    vacancy: { id: 'v1', title: 'Каменщик', town: 'Казань', regionCode: '16', monthlyWageRoubles: 80000, companyName: 'ООО «Строймонтаж»' },
    timeline: [
      { from: null, to: ApplicationStatus.Submitted, actorRole: 'MIGRANT', reason: null, at: '2026-03-01T10:00:00Z' },
      { from: ApplicationStatus.Submitted, to: ApplicationStatus.Shortlisted, actorRole: 'EMPLOYER', reason: null, at: '2026-03-02T10:00:00Z' },
      { from: ApplicationStatus.Shortlisted, to: ApplicationStatus.InBatch, actorRole: 'EMPLOYER', reason: null, at: '2026-03-03T10:00:00Z' },
    ],
    next: { key: 'application.next.IN_BATCH', party: 'attache', expected: { days: 9.6, basis: 'observed', sampleSize: 40 } },
    employer: null,
    letterRevoked: null,
    queue: null,
    version: 3,
    createdAt: '2026-03-01T10:00:00Z',
    ...overrides,
  };
}

const approved = anApplication({
  status: ApplicationStatus.Approved,
  timeline: [
    ...anApplication().timeline,
    { from: ApplicationStatus.InBatch, to: ApplicationStatus.Approved, actorRole: 'ATTACHE', reason: null, at: '2026-03-10T10:00:00Z' },
  ],
  next: { key: 'application.next.APPROVED', party: 'migrant', expected: null },
  employer: { name: 'ООО «Строймонтаж»', address: 'г. Казань, ул. Баумана, 1', phone: '+79001234567' },
});

/** What the API answers for a Tajik citizen: the items, dated when the entry is known (libs/domain legal-regime). */
function afterArrivalOf(arrivedOn: string | null): AfterArrivalChecklistView {
  const fz115 = { basis: 'law', act: 'FZ_115', article: null, actDate: '2002-07-25', inForceFrom: null } as const;
  return {
    citizenship: 'TJ',
    arrivedOn,
    contractSignedOn: null,
    items: [
      { kind: AfterArrivalItemKind.RegistrationAtPlaceOfStay, party: 'migrant', deadline: null, dueOn: null, source: fz115 },
      {
        kind: AfterArrivalItemKind.MedicalExaminationAndFingerprinting,
        party: 'migrant',
        deadline: { days: 30, count: 'calendarDays', from: 'arrival' },
        dueOn: arrivedOn ? '2026-04-19' : null,
        source: { basis: 'law', act: 'FZ_274', article: null, actDate: '2021-07-01', inForceFrom: '2021-12-29' },
      },
      { kind: AfterArrivalItemKind.WorkPatent, party: 'migrant', deadline: null, dueOn: null, source: fz115 },
      {
        kind: AfterArrivalItemKind.EmployerNoticeToMinistry,
        party: 'employer',
        deadline: { days: 3, count: 'workingDays', from: 'contract' },
        dueOn: null,
        source: fz115,
      },
    ],
  };
}

describe('ApplicationPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            { path: 'ru/applications/:id', component: ApplicationPage },
            { path: 'ru/applications/:id/letter', component: ApplicationPage, data: { focus: 'letter' } },
          ],
          withComponentInputBinding(),
        ),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    useRealTranslations('ru');
    harness = await RouterTestingHarness.create();
  });

  /** Whether the migrant may rate this job yet: on the page of an arrival, after the check-ins. */
  const notYet = (eligibleFrom: string | null): MyRatingView => ({
    applicationId: 'a1',
    companyId: 'co-1',
    companyName: 'ООО «СтройМонтаж»',
    eligible: false,
    refusal: eligibleFrom ? 'rating.tooSoon' : 'rating.notWorked',
    eligibleFrom,
    rating: null,
  });

  afterEach(() => {
    // The rating section of an arrival asks whether the migrant may rate; the tests that do not look at it answer "not yet".
    for (const request of backend.match('/api/ratings/mine/a1')) request.flush(notYet(null));
    backend.verify();
  });

  const page = () => harness.routeNativeElement as HTMLElement;
  const text = (testId: string) => page().querySelector(`[data-testid="${testId}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

  const promisedVsActual: PromisedVsActualView = {
    applicationId: 'a1',
    promised: { monthlyWageRoubles: 60_000, weeklyHours: 40, housing: 'FREE', housingCostRoubles: null, contractMonths: 6 },
    open: true,
    termsReports: [],
    feeReports: [],
  };

  async function open(application: MyApplicationView, url = '/ru/applications/a1', afterArrivalUrl = '/api/candidates/me/after-arrival') {
    await harness.navigateByUrl(url);
    backend.expectOne('/api/applications/mine/a1').flush(application);
    await harness.fixture.whenStable();
    if (hasLetterStatus(application)) {
      const request = backend.expectOne((r) => r.urlWithParams === afterArrivalUrl);
      request.flush(afterArrivalOf(request.request.params.get('arrivedOn')));
      await harness.fixture.whenStable();
    }
    if ([ApplicationStatus.Arrived, ApplicationStatus.Working].includes(application.status)) {
      backend.expectOne('/api/check-ins/mine').flush(checkIns);
      backend.expectOne('/api/work-reports/applications/a1').flush(promisedVsActual);
      await harness.fixture.whenStable();
    }
    harness.fixture.detectChanges();
  }

  const hasLetterStatus = (a: MyApplicationView) =>
    [ApplicationStatus.Approved, ApplicationStatus.Departed, ApplicationStatus.Arrived, ApplicationStatus.Working].includes(a.status) &&
    !a.letterRevoked;
  const checkIns: CheckInView[] = [
    {
      id: 'c3',
      applicationId: 'a1',
      vacancyTitle: 'Каменщик',
      day: 3,
      dueAt: '2026-03-24T06:00:00Z',
      answers: {},
      answeredAt: null,
      grievanceIds: [],
    },
    {
      id: 'x3',
      applicationId: 'other',
      vacancyTitle: 'Сварщик',
      day: 3,
      dueAt: '2026-02-01T06:00:00Z',
      answers: {},
      answeredAt: null,
      grievanceIds: [],
    },
  ];
  const items = () =>
    Array.from(page().querySelectorAll('[data-testid="after-arrival-item"]')).map((li) =>
      Array.from(li.querySelectorAll('p'))
        .map((line) => line.textContent?.replace(/\s+/g, ' ').trim())
        .join(' | '),
    );

  it('shows where the application stands, what happened, and the next step with its usual wait', async () => {
    await open(anApplication());
    expect(text('application-status')).toBe('У атташе на проверке');
    expect(page().querySelectorAll('[data-testid="timeline-entry"]')).toHaveLength(3);
    expect(text('next-step')).toContain('Атташе по труду проверит документы');
    expect(text('expected-wait')).toBe('Обычно это занимает 10 дней (по 40 заявкам).');
    expect(text('letter-not-yet')).toContain('когда атташе по труду одобрит поездку');
    expect(page().querySelector('[data-testid="download-letter"]')).toBeNull();
    expect(page().querySelector('[data-testid="employer-contact"]')).toBeNull();
    expect(page().querySelector('[data-testid="withdraw"]')).not.toBeNull();
  });

  it('confirms the departure and then the arrival in one tap each, and lists the check-ins of this job once arrived', async () => {
    await open(approved);
    expect(page().querySelector('[data-testid="journey-arrive"]')).toBeNull();
    // Help and grievances come with the departure.
    expect(page().querySelector('[data-testid="after-departure-help"]')).toBeNull();
    (page().querySelector('[data-testid="journey-depart"]') as HTMLButtonElement).click();
    const departed = anApplication({ ...approved, status: ApplicationStatus.Departed });
    const depart = backend.expectOne('/api/applications/mine/a1/depart');
    expect(depart.request.method).toBe('POST');
    depart.flush(departed);
    await harness.fixture.whenStable();
    backend.expectOne((r) => r.url === '/api/candidates/me/after-arrival').flush(afterArrivalOf(null));
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
    expect(page().querySelector('[data-testid="application-help"]')?.getAttribute('href')).toBe('/ru/help');
    expect(page().querySelector('[data-testid="application-open-grievance"]')?.getAttribute('href')).toBe('/ru/grievances/new?application=a1');
    expect(page().querySelector('[data-testid="application-grievances"]')?.getAttribute('href')).toBe('/ru/grievances');
    (page().querySelector('[data-testid="journey-arrive"]') as HTMLButtonElement).click();
    backend.expectOne('/api/applications/mine/a1/arrive').flush({
      ...departed,
      status: ApplicationStatus.Arrived,
      timeline: [
        ...departed.timeline,
        { from: ApplicationStatus.Departed, to: ApplicationStatus.Arrived, actorRole: 'MIGRANT', reason: null, at: '2026-03-21T10:00:00Z' },
      ],
    });
    await harness.fixture.whenStable();
    backend.expectOne((r) => r.url === '/api/candidates/me/after-arrival').flush(afterArrivalOf('2026-03-21'));
    backend.expectOne('/api/check-ins/mine').flush(checkIns);
    backend.expectOne('/api/work-reports/applications/a1').flush(promisedVsActual);
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
    expect(page().querySelector('[data-testid="journey"]')).toBeNull();
    // Once arrived, the promise is shown beside what the migrant reports.
    expect(page().querySelector('[data-testid="promised-wage"]')?.textContent).toMatch(/60\s?000/);
    expect(Array.from(page().querySelectorAll('[data-testid="check-in-item"]')).map((li) => li.getAttribute('data-day'))).toEqual(['3']);
    expect(page().querySelector('[data-testid="check-in-item"] a')?.getAttribute('href')).toBe('/ru/check-ins/c3');
  });

  it('says from when the migrant may rate the employer: 30 days after the arrival', async () => {
    await open(anApplication({ ...approved, status: ApplicationStatus.Working }));
    backend.expectOne('/api/ratings/mine/a1').flush(notYet('2026-04-20'));
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
    expect(text('rate-not-yet')).toBe('Оценить работодателя можно с 20 апреля 2026 г., после 30 дней работы.');
  });

  it('sends the rating once every score and the recommendation are chosen', async () => {
    await open(anApplication({ ...approved, status: ApplicationStatus.Working }));
    backend.expectOne('/api/ratings/mine/a1').flush({ ...notYet(null), eligible: true, refusal: null, eligibleFrom: '2026-04-20' });
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
    const save = page().querySelector<HTMLButtonElement>('[data-testid="rate-save"]') as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    for (const id of ['rate-wageOnTime-4', 'rate-housing-2', 'rate-treatment-5', 'rate-recommend-yes'])
      page().querySelector<HTMLInputElement>(`[data-testid="${id}"]`)?.dispatchEvent(new Event('change'));
    harness.fixture.detectChanges();
    expect(save.disabled).toBe(false);
    save.click();
    const put = backend.expectOne({ method: 'PUT', url: '/api/ratings/mine/a1' });
    expect(put.request.body).toEqual({ wageOnTime: 4, housing: 2, treatment: 5, wouldRecommend: true, comment: '' });
    put.flush({
      ...notYet(null),
      eligible: true,
      refusal: null,
      rating: { wageOnTime: 4, housing: 2, treatment: 5, wouldRecommend: true, comment: null, answer: null, createdAt: 'x', updatedAt: 'x' },
    });
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
    expect(text('rate-saved')).toBe('Ваша оценка сохранена. Её можно изменить позже.');
  });

  it('agrees the number of applications the wait rests on', async () => {
    await open(
      anApplication({ next: { key: 'application.next.IN_BATCH', party: 'attache', expected: { days: 1, basis: 'observed', sampleSize: 21 } } }),
    );
    expect(text('expected-wait')).toBe('Обычно это занимает 1 день (по 21 заявке).');
  });

  it('offers the letter, the employer’s address and phone, and what to do before leaving and on arrival once approved', async () => {
    await open(approved);
    expect(page().querySelector('[data-testid="download-letter"]')).not.toBeNull();
    expect(text('employer-contact')).toContain('г. Казань, ул. Баумана, 1');
    expect(page().querySelector('[data-testid="employer-contact"] a[href="tel:+79001234567"]')).not.toBeNull();
    expect(page().querySelector('[data-testid="before-departure"]')).not.toBeNull();
    expect(page().querySelector('[data-testid="on-arrival"]')).not.toBeNull();
  });

  it('says what to do before leaving: the checklist in the profile and the departure date', async () => {
    await open(approved);
    expect(text('before-departure')).toContain('укажите дату отъезда');
    expect(page().querySelector('[data-testid="to-checklist"]')?.getAttribute('href')).toBe('/ru/profile');
  });

  it('lists what the law asks on arrival, before the entry without dates, saying what the deadlines count from', async () => {
    await open(approved);
    expect(text('arrival-counts-from')).toContain('Сроки считаются со дня въезда в Россию');
    expect(items()).toEqual([
      'Встать на миграционный учёт по месту пребывания | Делаете вы | Срок: установленный законом; уточните у работодателя | Основание: Федеральный закон от 25.07.2002 № 115-ФЗ',
      'Пройти медицинское освидетельствование и дактилоскопию (отпечатки пальцев и фото) | Делаете вы | Срок: 30 дней со дня въезда | Основание: Федеральный закон от 01.07.2021 № 274-ФЗ (действует с 29 декабря 2021 г.)',
      'Оформить патент на работу и каждый месяц вносить за него авансовый платёж | Делаете вы | Срок: установленный законом; уточните у работодателя | Основание: Федеральный закон от 25.07.2002 № 115-ФЗ',
      'Уведомить МВД о трудовом договоре с вами | Делает работодатель | Срок: 3 рабочих дня со дня заключения трудового договора | Основание: Федеральный закон от 25.07.2002 № 115-ФЗ',
    ]);
  });

  it('dates the deadlines from the day of entry once the migrant has arrived (Moscow’s calendar day)', async () => {
    const arrived = anApplication({
      ...approved,
      status: ApplicationStatus.Arrived,
      timeline: [
        ...approved.timeline,
        { from: ApplicationStatus.Approved, to: ApplicationStatus.Departed, actorRole: 'MIGRANT', reason: null, at: '2026-03-19T08:00:00Z' },
        // 22:30 UTC on 19 March is already 20 March in Moscow.
        { from: ApplicationStatus.Departed, to: ApplicationStatus.Arrived, actorRole: 'MIGRANT', reason: null, at: '2026-03-19T22:30:00Z' },
      ],
    });
    await open(arrived, '/ru/applications/a1', '/api/candidates/me/after-arrival?arrivedOn=2026-03-20');
    expect(text('arrival-counts-from')).toBe('Вы въехали в Россию 20 марта 2026 г.: сроки посчитаны от этого дня.');
    expect(items()[1]).toContain('Срок: 30 дней со дня въезда — до 19 апреля 2026 г. включительно');
  });

  it('asks for the citizenship first when the profile has none', async () => {
    await harness.navigateByUrl('/ru/applications/a1');
    backend.expectOne('/api/applications/mine/a1').flush(approved);
    await harness.fixture.whenStable();
    backend
      .expectOne('/api/candidates/me/after-arrival')
      .flush({ type: 'about:blank', status: 409, code: 'citizenship.unknown' }, { status: 409, statusText: 'Conflict' });
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
    expect(text('on-arrival')).toContain('Сначала укажите гражданство в анкете.');
    expect(page().querySelectorAll('[data-testid="after-arrival-item"]')).toHaveLength(0);
  });

  it('says a revoked letter is revoked, when and why, and offers neither the letter nor the employer nor the trip', async () => {
    await open({ ...approved, employer: null, letterRevoked: { at: '2026-03-12T09:30:00Z', category: LetterRevocationCategory.EmployerSuspended } });
    expect(text('letter-revoked')).toBe(
      '12 марта 2026 г.: письмо об одобрении отозвано. Причина: Работодатель приостановлен. По нему нельзя ехать: свяжитесь с атташе по труду вашей страны.',
    );
    expect(page().querySelector('[data-testid="download-letter"]')).toBeNull();
    expect(page().querySelector('[data-testid="before-departure"]')).toBeNull();
    expect(page().querySelector('[data-testid="on-arrival"]')).toBeNull();
    backend.expectNone('/api/candidates/me/after-arrival');
  });

  it('asks nothing about arrival before the trip is approved', async () => {
    await open(anApplication());
    backend.expectNone('/api/candidates/me/after-arrival');
    expect(page().querySelector('[data-testid="on-arrival"]')).toBeNull();
  });

  it('brings the letter into focus when the link was the letter’s', async () => {
    await open(approved, '/ru/applications/a1/letter');
    await harness.fixture.whenStable();
    expect(document.activeElement?.getAttribute('data-testid')).toBe('letter-section');
  });

  it('downloads the letter as a PDF', async () => {
    await open(approved);
    page().querySelector<HTMLButtonElement>('[data-testid="download-letter"]')?.click();
    backend.expectOne('/api/letters/a1.pdf').flush(new Blob(['%PDF']));
    expect(saveBlob).toHaveBeenCalledWith(expect.any(Blob), 'letter-a1.pdf', expect.anything());
  });

  it('says why the attaché refused in words, not as a code', async () => {
    await open(
      anApplication({
        status: ApplicationStatus.Refused,
        statusReason: 'DOCUMENTS_INCOMPLETE: нет медицинской справки',
        next: { key: 'application.next.REFUSED', party: null, expected: null },
      }),
    );
    expect(text('status-reason')).toContain('Причина: Документы неполные — нет медицинской справки');
    expect(text('status-reason')).not.toContain('DOCUMENTS_INCOMPLETE');
    expect(page().querySelector('[data-testid="withdraw"]')).toBeNull();
  });

  it('shows the employer’s own words when it declined', async () => {
    await open(
      anApplication({
        status: ApplicationStatus.Declined,
        statusReason: 'Нужен опыт от 5 лет',
        next: { key: 'application.next.DECLINED', party: null, expected: null },
      }),
    );
    expect(text('status-reason')).toContain('Причина: Нужен опыт от 5 лет');
  });
});
