import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { ApplicationStatus, type MyApplicationView } from '@jumush/contracts/client';
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

  afterEach(() => backend.verify());

  const page = () => harness.routeNativeElement as HTMLElement;
  const text = (testId: string) => page().querySelector(`[data-testid="${testId}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

  async function open(application: MyApplicationView, url = '/ru/applications/a1') {
    await harness.navigateByUrl(url);
    backend.expectOne('/api/applications/mine/a1').flush(application);
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
  }

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
