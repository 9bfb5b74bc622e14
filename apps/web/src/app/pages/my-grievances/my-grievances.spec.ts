import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { GrievanceStatus, type GrievanceSummaryView } from '@jumush/contracts/client';
import { languageGuard } from '../../core/i18n/language.guard';
import { useRealTranslations } from '../../testing/translations';
import { MyGrievances } from './my-grievances';

const grievance: GrievanceSummaryView = {
  id: 'g1',
  category: 'wage',
  status: GrievanceStatus.InProgress,
  anonymous: true,
  fromCheckIn: false,
  applicationId: 'a1',
  vacancyTitle: 'Каменщик',
  companyName: 'ООО «Строймонтаж»',
  regionCode: '16',
  originCountry: 'KG',
  migrantName: null,
  referredTo: null,
  outcome: null,
  version: 2,
  createdAt: '2026-03-20T10:00:00Z',
  updatedAt: '2026-03-21T10:00:00Z',
  dueAt: null,
  overdue: false,
  moves: [],
};

describe('MyGrievances', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: ':lang', canActivate: [languageGuard], children: [{ path: 'grievances', component: MyGrievances }] }],
          withComponentInputBinding(),
        ),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    useRealTranslations('ky');
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => backend.verify());

  const page = () => harness.routeNativeElement as HTMLElement;

  async function open(answer: GrievanceSummaryView[]): Promise<void> {
    await harness.navigateByUrl('/ky/grievances');
    backend.expectOne('/api/grievances/mine').flush(answer);
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
  }

  it('says so when the migrant has none, and offers to open one', async () => {
    await open([]);
    expect(page().querySelector('[data-testid="my-grievances-empty"]')?.textContent).toContain('Сиз азырынча даттануу берген жоксуз');
    expect(page().querySelector('[data-testid="open-grievance"]')?.getAttribute('href')).toBe('/ky/grievances/new');
    expect(page().querySelector('[data-testid="my-grievance"]')).toBeNull();
  });

  it('lists each grievance with its subject, job and status in the migrant’s language, linking to it', async () => {
    await open([grievance, { ...grievance, id: 'g2', category: 'passportHeld', status: GrievanceStatus.Resolved, anonymous: false }]);
    const items = Array.from(page().querySelectorAll('[data-testid="my-grievance"]'));
    expect(items.map((item) => item.getAttribute('data-status'))).toEqual(['IN_PROGRESS', 'RESOLVED']);
    expect(items[0]?.querySelector('a')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Эмгек акы — Каменщик');
    expect(items[0]?.querySelector('a')?.getAttribute('href')).toBe('/ky/grievances/g1');
    expect(items[0]?.querySelector('[data-testid="my-grievance-status"]')?.textContent).toBe('Иштелүүдө');
    expect(items[0]?.textContent).toContain('Иш берүүчү авторду билбейт');
    expect(items[1]?.querySelector('[data-testid="my-grievance-status"]')?.textContent).toBe('Чечилди');
    expect(items[1]?.textContent).not.toContain('Иш берүүчү авторду билбейт');
  });
});
