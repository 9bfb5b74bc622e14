import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { GrievanceStatus, type GrievanceSummaryView } from '@jumush/contracts/client';
import { languageGuard } from '../../core/i18n/language.guard';
import { useRealTranslations } from '../../testing/translations';
import { AttacheGrievances } from './attache-grievances';

const grievance: GrievanceSummaryView = {
  id: 'g1',
  category: 'passportHeld',
  status: GrievanceStatus.Received,
  anonymous: true,
  fromCheckIn: true,
  applicationId: 'a1',
  vacancyTitle: 'Каменщик',
  companyName: 'ООО «Строймонтаж»',
  regionCode: '77',
  originCountry: 'KG',
  migrantName: 'Асанов Нурлан',
  referredTo: null,
  outcome: null,
  version: 1,
  createdAt: '2026-03-20T10:00:00Z',
  updatedAt: '2026-03-20T10:00:00Z',
  dueAt: '2026-03-24T20:59:59.999Z',
  overdue: true,
  moves: ['takeUp'],
};

describe('AttacheGrievances', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: ':lang', canActivate: [languageGuard], children: [{ path: 'attache/grievances', component: AttacheGrievances }] }],
          withComponentInputBinding(),
        ),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    useRealTranslations('ru');
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => backend.verify());

  const page = () => harness.routeNativeElement as HTMLElement;

  it('marks an overdue grievance with the day its deadline passed, and shows the deadline of the others', async () => {
    await harness.navigateByUrl('/ru/attache/grievances');
    backend
      .expectOne('/api/attache/grievances')
      .flush([
        grievance,
        { ...grievance, id: 'g2', overdue: false, dueAt: '2026-04-10T20:59:59.999Z' },
        { ...grievance, id: 'g3', overdue: false, dueAt: null, status: GrievanceStatus.Closed },
      ]);
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
    const items = Array.from(page().querySelectorAll('[data-testid="grievance-queue-item"]'));
    expect(items[0]?.querySelector('[data-testid="grievance-overdue"]')?.textContent?.trim()).toBe('просрочено с 24 марта 2026 г.');
    expect(items[1]?.querySelector('[data-testid="grievance-overdue"]')).toBeNull();
    expect(items[1]?.querySelector('[data-testid="grievance-due"]')?.textContent?.trim()).toBe('срок — 10 апреля 2026 г.');
    expect(items[2]?.querySelector('[data-testid="grievance-due"], [data-testid="grievance-overdue"]')).toBeNull();
  });
});
