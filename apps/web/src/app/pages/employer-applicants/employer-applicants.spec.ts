import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { ApplicationStatus, type ApplicantView } from '@jumush/contracts/client';
import { aVacancy } from '../../testing/fixtures';
import { flushOriginCountries } from '../../testing/origin-countries';
import { useRealTranslations } from '../../testing/translations';
import { EmployerApplicants } from './employer-applicants';

const APPLICANTS = '/api/vacancies/mine/v1/applications';

function anApplicant(id: string, status: ApplicationStatus, age: number, years = 3): ApplicantView {
  return {
    applicationId: id,
    status,
    statusReason: null,
    note: null,
    version: 1,
    appliedAt: '2026-03-01T10:00:00Z',
    overdueSince: null,
    candidate: {
      displayName: `Бакыт ${id}`,
      age,
      sex: null,
      residenceRegionCode: null,
      russianLevel: null,
      experienceYears: years,
      occupations: [{ occupationCode: '7112', years }],
      readinessPercent: 80,
      phone: null,
    },
  };
}

const page = (items: ApplicantView[], total = items.length) => ({ items, page: 1, pageSize: 20, total });

describe('EmployerApplicants page', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            { path: 'ru/employer/vacancies/:id/applicants', component: EmployerApplicants },
            { path: 'ru/employer/batches/:id', children: [] },
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

  const root = () => harness.routeNativeElement as HTMLElement;
  const all = (testId: string) =>
    Array.from(root().querySelectorAll(`[data-testid="${testId}"]`)).map((e) => e.textContent?.replace(/\s+/g, ' ').trim());
  const listRequest = (request: { url: string; params: { get(name: string): string | null } }, status: string | null) =>
    request.url === APPLICANTS && request.params.get('status') === status;

  async function open(shown: ApplicantView[], shortlisted: ApplicantView[]) {
    await harness.navigateByUrl('/ru/employer/vacancies/v1/applicants');
    backend.expectOne('/api/vacancies/mine/v1').flush(aVacancy({ id: 'v1', title: 'Каменщик' }));
    backend.expectOne((r) => listRequest(r, null)).flush(page(shown));
    backend.expectOne((r) => listRequest(r, ApplicationStatus.Shortlisted)).flush({ ...page(shortlisted), pageSize: 100 });
    backend.match((r) => r.url.startsWith('/api/batches/mine') || r.url.startsWith('/api/reference/')).forEach((r: TestRequest) => r.flush([]));
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
  }

  it('speaks to the employer about the applicant, not to the applicant', async () => {
    await open([anApplicant('a1', ApplicationStatus.Shortlisted, 30)], []);
    expect(all('applicant-status')).toEqual(['· В списке отобранных']);
    expect(root().textContent).not.toContain('Вы в списке отобранных');
  });

  it('marks an applicant still unanswered past the deadline with the day it fell due, in the order the API gives (overdue first)', async () => {
    await open(
      [
        { ...anApplicant('a1', ApplicationStatus.Submitted, 31), overdueSince: '2026-03-08T20:59:59.999Z' },
        anApplicant('a2', ApplicationStatus.Submitted, 32),
      ],
      [],
    );
    expect(all('applicant-overdue')).toEqual(['просрочено с 8 марта 2026 г.']);
    expect(Array.from(root().querySelectorAll('[data-testid="applicant"]')).map((li) => li.getAttribute('data-id'))).toEqual(['a1', 'a2']);
  });

  it('agrees ages and years of experience with the number (31 год, 32 года, 35 лет)', async () => {
    await open(
      [
        anApplicant('a1', ApplicationStatus.Submitted, 31, 1),
        anApplicant('a2', ApplicationStatus.Submitted, 32, 2),
        anApplicant('a3', ApplicationStatus.Submitted, 35, 5),
      ],
      [],
    );
    expect(all('applicant-age')).toEqual(['31 год', '32 года', '35 лет']);
    expect(root().textContent).toContain('1 год опыта');
    expect(root().textContent).toContain('2 года опыта');
    expect(root().textContent).toContain('5 лет опыта');
  });

  it('builds a batch from the whole shortlist without ticking boxes', async () => {
    const shortlisted = [anApplicant('a1', ApplicationStatus.Shortlisted, 30), anApplicant('a2', ApplicationStatus.Shortlisted, 40)];
    await open([...shortlisted, anApplicant('a3', ApplicationStatus.Submitted, 25)], shortlisted);
    const button = root().querySelector<HTMLButtonElement>('[data-testid="create-batch"]');
    expect(button?.textContent?.trim()).toBe('Собрать группу из отобранных (2)');
    expect(button?.disabled).toBe(false);
    button?.click();
    const create = backend.expectOne({ method: 'POST', url: '/api/batches' });
    expect(create.request.body).toEqual({ vacancyId: 'v1', applicationIds: ['a1', 'a2'] });
  });

  it('is disabled while nobody is shortlisted', async () => {
    await open([anApplicant('a3', ApplicationStatus.Submitted, 25)], []);
    const button = root().querySelector<HTMLButtonElement>('[data-testid="create-batch"]');
    expect(button?.textContent?.trim()).toBe('Собрать группу из отобранных (0)');
    expect(button?.disabled).toBe(true);
  });
});

describe('EmployerApplicants page: applicants of every origin country', () => {
  it('names an Uzbek or Tajik applicant’s home region and offers every country’s regions in the filter', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'ru/employer/vacancies/:id/applicants', component: EmployerApplicants }], withComponentInputBinding()),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const backend = TestBed.inject(HttpTestingController);
    useRealTranslations('ru');
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/ru/employer/vacancies/v1/applicants');
    const uzbek = anApplicant('a1', ApplicationStatus.Submitted, 30);
    uzbek.candidate.residenceRegionCode = 'UZ-SA';
    const tajik = anApplicant('a2', ApplicationStatus.Submitted, 30);
    tajik.candidate.residenceRegionCode = 'TJ-SU';
    backend.expectOne('/api/vacancies/mine/v1').flush(aVacancy({ id: 'v1', title: 'Каменщик' }));
    flushOriginCountries(backend);
    backend.match((r) => r.url === APPLICANTS && r.params.get('status') === null).forEach((r) => r.flush(page([uzbek, tajik])));
    backend.match(() => true).forEach((r: TestRequest) => r.flush(r.request.url === APPLICANTS ? page([]) : []));
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
    const root = harness.routeNativeElement as HTMLElement;
    const options = Array.from(root.querySelectorAll<HTMLOptionElement>('#applicants-region option')).map((option) => option.value);
    expect(options).toEqual(expect.arrayContaining(['KG-C', 'UZ-SA', 'UZ-TK', 'TJ-SU', 'TJ-DU']));
    // Every region of every active country, as GET /api/origin-countries lists them.
    expect(options.filter((value) => value.startsWith('UZ-'))).toHaveLength(2);
    expect(root.textContent).toContain('Самаркандская область');
    expect(root.textContent).toContain('Согдийская область');
  });
});
