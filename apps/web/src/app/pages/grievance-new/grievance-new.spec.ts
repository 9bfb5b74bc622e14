import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { ApplicationStatus, type MyApplicationView } from '@jumush/contracts/client';
import { languageGuard } from '../../core/i18n/language.guard';
import { problemBody } from '../../testing/fixtures';
import { useRealTranslations } from '../../testing/translations';
import { GrievanceNew } from './grievance-new';

function anApplication(id: string, status: ApplicationStatus, title: string): MyApplicationView {
  return {
    id,
    status,
    statusReason: null,
    note: null,
    vacancy: { id: `v-${id}`, title, town: 'Казань', regionCode: '16', monthlyWageRoubles: 80000, companyName: 'ООО «Строймонтаж»' },
    timeline: [],
    next: { key: 'application.next.ARRIVED', party: null, expected: null },
    employer: null,
    letterRevoked: null,
    queue: null,
    version: 3,
    createdAt: '2026-03-01T10:00:00Z',
  };
}

const jobs = [
  anApplication('a0', ApplicationStatus.Submitted, 'Сварщик'),
  anApplication('a1', ApplicationStatus.Arrived, 'Каменщик'),
  anApplication('a2', ApplicationStatus.Departed, 'Штукатур'),
];

describe('GrievanceNew', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            {
              path: ':lang',
              canActivate: [languageGuard],
              children: [
                { path: 'grievances/new', component: GrievanceNew },
                { path: 'grievances', children: [] },
              ],
            },
          ],
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
  const settle = async () => {
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
  };

  async function open(url: string, answer: MyApplicationView[]): Promise<void> {
    await harness.navigateByUrl(url);
    backend.expectOne('/api/applications/mine').flush(answer);
    await settle();
  }

  it('offers only the jobs the migrant left for, preselects the one the link names, and is anonymous by default', async () => {
    await open('/ky/grievances/new?application=a2', jobs);
    const job = page().querySelector<HTMLSelectElement>('#grievance-job') as HTMLSelectElement;
    expect(Array.from(job.options).map((option) => option.value)).toEqual(['a1', 'a2']);
    expect(job.value).toBe('a2');
    expect(page().querySelector<HTMLInputElement>('#grievance-anonymous')?.checked).toBe(true);
    // Every field has its label.
    for (const id of ['grievance-job', 'grievance-category', 'grievance-description', 'grievance-anonymous'])
      expect(page().querySelector(`label[for="${id}"]`)?.textContent?.trim()).toBeTruthy();
    expect(Array.from(page().querySelectorAll<HTMLOptionElement>('#grievance-category option')).map((o) => o.textContent?.trim())).toContain(
      'Паспорт кармалып турат',
    );
  });

  it('sends the grievance, shows the API’s field errors under their fields, and goes to the list once opened', async () => {
    await open('/ky/grievances/new', jobs);
    const description = page().querySelector<HTMLTextAreaElement>('#grievance-description') as HTMLTextAreaElement;
    description.value = '  Айлыктын жарымын гана төлөштү.  ';
    description.dispatchEvent(new Event('input'));
    (page().querySelector('[data-testid="grievance-submit"]') as HTMLButtonElement).click();
    const refused = backend.expectOne('/api/grievances');
    expect(refused.request.body).toEqual({ applicationId: 'a1', category: '', description: 'Айлыктын жарымын гана төлөштү.', anonymous: true });
    refused.flush(
      problemBody(400, 'validation.failed', { errors: [{ field: 'category', code: 'validation.isIn', message: 'category must be one of…' }] }),
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    const category = page().querySelector<HTMLSelectElement>('#grievance-category') as HTMLSelectElement;
    expect(category.getAttribute('aria-invalid')).toBe('true');
    expect(category.getAttribute('aria-describedby')).toBe('grievance-category-error');
    expect(page().querySelector('#grievance-category-error')?.textContent?.trim()).toBeTruthy();

    category.value = 'wage';
    category.dispatchEvent(new Event('change'));
    const anonymous = page().querySelector<HTMLInputElement>('#grievance-anonymous') as HTMLInputElement;
    anonymous.click();
    await settle();
    (page().querySelector('[data-testid="grievance-submit"]') as HTMLButtonElement).click();
    const sent = backend.expectOne('/api/grievances');
    expect(sent.request.body).toEqual({ applicationId: 'a1', category: 'wage', description: 'Айлыктын жарымын гана төлөштү.', anonymous: false });
    sent.flush({ id: 'g1' });
    await settle();
    expect(TestBed.inject(Router).url).toBe('/ky/grievances');
  });

  it('says a grievance is about a job the migrant has left for when there is none', async () => {
    await open('/ky/grievances/new', [jobs[0] as MyApplicationView]);
    expect(page().querySelector('[data-testid="grievance-no-jobs"]')).not.toBeNull();
    expect(page().querySelector('form')).toBeNull();
  });
});
