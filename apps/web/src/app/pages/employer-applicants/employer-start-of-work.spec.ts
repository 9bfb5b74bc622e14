import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { ApplicationStatus, type ApplicantView } from '@jumush/contracts/client';
import { aVacancy } from '../../testing/fixtures';
import { useRealTranslations } from '../../testing/translations';
import { EmployerApplicants } from './employer-applicants';

const APPLICANTS = '/api/vacancies/mine/v1/applications';

function anApplicant(id: string, status: ApplicationStatus): ApplicantView {
  return {
    applicationId: id,
    status,
    statusReason: null,
    note: null,
    version: 4,
    appliedAt: '2026-03-01T10:00:00Z',
    overdueSince: null,
    candidate: {
      displayName: `Бакыт ${id}`,
      age: 30,
      sex: null,
      residenceRegionCode: null,
      russianLevel: null,
      experienceYears: 3,
      occupations: [{ occupationCode: '7112', years: 3 }],
      readinessPercent: 100,
      phone: null,
    },
  };
}

const page = (items: ApplicantView[]) => ({ items, page: 1, pageSize: 20, total: items.length });

describe('EmployerApplicants page: start of work and no-show after arrival', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'ru/employer/vacancies/:id/applicants', component: EmployerApplicants }], withComponentInputBinding()),
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

  afterEach(() => document.querySelectorAll('.cdk-overlay-container').forEach((element) => (element.innerHTML = '')));

  const root = () => harness.routeNativeElement as HTMLElement;
  const card = (id: string) => root().querySelector<HTMLElement>(`[data-testid="applicant"][data-id="${id}"]`) as HTMLElement;
  const button = (scope: ParentNode, testId: string) => scope.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`);
  const dialog = () => document.querySelector<HTMLElement>('mat-dialog-container');
  const settle = async () => {
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
  };
  /** The page's lists, answered: what the employer sees, and the shortlist (empty). */
  const flushLists = (shown: ApplicantView[]) => {
    backend.match((r) => r.url === APPLICANTS).forEach((r: TestRequest) => r.flush(r.request.params.get('status') === null ? page(shown) : page([])));
    backend.match(() => true).forEach((r: TestRequest) => r.flush(r.request.url === '/api/vacancies/mine/v1' ? aVacancy({ id: 'v1' }) : []));
  };

  async function open(shown: ApplicantView[]) {
    await harness.navigateByUrl('/ru/employer/vacancies/v1/applicants');
    flushLists(shown);
    await settle();
  }

  it('offers "Started work" and "Did not show up" only to arrived applicants, as real buttons in the tab order', async () => {
    await open([
      anApplicant('a1', ApplicationStatus.Arrived),
      anApplicant('a2', ApplicationStatus.Shortlisted),
      anApplicant('a3', ApplicationStatus.Working),
    ]);
    const started = button(card('a1'), 'start-work');
    const noShow = button(card('a1'), 'no-show');
    expect(started?.textContent?.trim()).toBe('Приступил к работе');
    expect(noShow?.textContent?.trim()).toBe('Не явился / не приступил');
    for (const element of [started, noShow]) {
      expect(element?.tagName).toBe('BUTTON');
      expect(element?.type).toBe('button');
      expect(element?.tabIndex).toBe(0);
    }
    for (const id of ['a2', 'a3']) {
      expect(button(card(id), 'start-work')).toBeNull();
      expect(button(card(id), 'no-show')).toBeNull();
    }
    // The status filter reaches the applicants after arrival too.
    const statuses = Array.from(root().querySelectorAll<HTMLOptionElement>('#applicants-status option')).map((option) => option.value);
    expect(statuses).toEqual(expect.arrayContaining(['DEPARTED', 'ARRIVED', 'WORKING', 'NO_SHOW']));
  });

  it('confirms the start of work before recording it, then says so and reloads the list', async () => {
    await open([anApplicant('a1', ApplicationStatus.Arrived)]);
    button(card('a1'), 'start-work')?.click();
    await settle();
    expect(dialog()?.textContent).toContain('Подтвердить начало работы?');
    expect(dialog()?.textContent).toContain('Бакыт a1 приступил к работе у вас.');
    backend.expectNone('/api/applications/a1/start-work');
    button(dialog() as HTMLElement, 'confirm-decision')?.click();
    const request = backend.expectOne({ method: 'POST', url: '/api/applications/a1/start-work' });
    expect(request.request.body).toEqual({ version: 4 });
    request.flush({ status: ApplicationStatus.Working, version: 5 });
    await settle();
    flushLists([anApplicant('a1', ApplicationStatus.Working)]);
    await settle();
    expect(root().querySelector('[role="status"]')?.textContent?.trim()).toBe('Начало работы записано.');
    expect(card('a1').dataset['status']).toBe('WORKING');
  });

  it('asks what happened and why before recording a no-show, and sends both as the reason', async () => {
    await open([anApplicant('a1', ApplicationStatus.Arrived)]);
    button(card('a1'), 'no-show')?.click();
    await settle();
    const form = dialog() as HTMLElement;
    expect(form.textContent).toContain('Отметить неявку?');
    const kind = form.querySelector<HTMLSelectElement>('#decision-reason-kind') as HTMLSelectElement;
    const reason = form.querySelector<HTMLTextAreaElement>('#decision-reason') as HTMLTextAreaElement;
    // Both fields are labelled.
    expect(form.querySelector(`label[for="${kind.id}"]`)?.textContent).toContain('Что произошло');
    expect(form.querySelector(`label[for="${reason.id}"]`)?.textContent).toContain('Причина');
    expect(Array.from(kind.options).map((option) => option.textContent?.trim())).toEqual([
      '',
      'Не приехал',
      'Приехал, но не приступил к работе',
      'Другое',
    ]);

    // Neither chosen nor written: nothing is sent, both say what is missing.
    button(form, 'confirm-decision')?.click();
    await settle();
    backend.expectNone('/api/applications/a1/no-show');
    expect(form.querySelectorAll('mat-error').length).toBe(2);

    kind.value = kind.options[2].value;
    kind.dispatchEvent(new Event('change'));
    reason.value = 'Не вышел на смену 3 и 4 марта, телефон не отвечает';
    reason.dispatchEvent(new Event('input'));
    button(form, 'confirm-decision')?.click();
    const request = backend.expectOne({ method: 'POST', url: '/api/applications/a1/no-show' });
    expect(request.request.body).toEqual({
      version: 4,
      reason: 'Приехал, но не приступил к работе: Не вышел на смену 3 и 4 марта, телефон не отвечает',
    });
    // Someone moved the application meanwhile: the dialog stays open with the error in the employer's language.
    request.flush({ code: 'transition.conflict', status: 409 }, { status: 409, statusText: 'Conflict' });
    await settle();
    expect(dialog()).not.toBeNull();
    expect(dialog()?.querySelector('[role="alert"]')?.textContent?.trim()).not.toBe('');
    expect(dialog()?.textContent).not.toContain('transition.conflict');
  });
});
