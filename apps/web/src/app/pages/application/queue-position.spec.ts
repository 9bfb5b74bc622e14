import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { ApplicationStatus, Locale, type MyApplicationView } from '@jumush/contracts/client';
import { LocaleService } from '../../core/i18n/locale.service';
import { useRealTranslations } from '../../testing/translations';
import { ApplicationPage } from './application-page';
import { queuePhrase } from './queue-position';

function waiting(overrides: Partial<MyApplicationView> = {}): MyApplicationView {
  return {
    id: 'a1',
    status: ApplicationStatus.InBatch,
    statusReason: null,
    note: null,
    vacancy: { id: 'v1', title: 'Каменщик', town: 'Казань', regionCode: '16', monthlyWageRoubles: 80000, companyName: 'ООО «Строймонтаж»' },
    timeline: [{ from: null, to: ApplicationStatus.Submitted, actorRole: 'MIGRANT', reason: null, at: '2026-03-01T10:00:00Z' }],
    next: { key: 'application.next.IN_BATCH', party: 'attache', expected: { days: 1.5, basis: 'observed', sampleSize: 40 } },
    queue: { position: 3, total: 41, owner: 'attache' },
    employer: null,
    letterRevoked: null,
    version: 3,
    createdAt: '2026-03-01T10:00:00Z',
    ...overrides,
  };
}

describe('queuePhrase', () => {
  it('names the owner, the place and the usual wait in whole days, rounded up', () => {
    expect(queuePhrase(waiting())).toEqual({ key: 'applicationPage.queue.attache', position: 3, total: 41, days: 2 });
    expect(queuePhrase(waiting({ queue: { position: 1, total: 1, owner: 'employer' } }))).toEqual({
      key: 'applicationPage.queue.employer',
      position: 1,
      total: 1,
      days: 2,
    });
  });

  it('says nothing of a wait it does not know, and nothing when not waiting', () => {
    expect(queuePhrase(waiting({ next: { key: 'application.next.IN_BATCH', party: 'attache', expected: null } }))?.days).toBeNull();
    expect(queuePhrase(waiting({ queue: null }))).toBeNull();
    expect(queuePhrase(waiting({ queue: { position: 0, total: 0, owner: 'attache' } }))).toBeNull();
  });
});

describe('the queue position on the application page', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open(lang: Locale, application: MyApplicationView): Promise<string | null> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: ':lang/applications/:id', component: ApplicationPage }], withComponentInputBinding()),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    useRealTranslations(lang);
    TestBed.inject(LocaleService).activate(lang).subscribe();
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/${lang}/applications/a1`);
    backend.expectOne('/api/applications/mine/a1').flush(application);
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
    return (
      (harness.routeNativeElement as HTMLElement).querySelector('[data-testid="queue-position"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null
    );
  }

  afterEach(() => backend.verify());

  it.each([
    [Locale.Russian, 'attache', 'Вы 3-й из 41 ожидающих решения атташе по труду; обычно решают за 2 дня.'],
    [Locale.Russian, 'employer', 'Вы 3-й из 41 ожидающих ответа работодателя; обычно решают за 2 дня.'],
    [Locale.Kyrgyz, 'attache', 'Эмгек атташесинин чечимин күткөн 41 адамдын ичинен 3-орундасыз; адатта 2 күн ичинде чечилет.'],
    [Locale.Kyrgyz, 'employer', 'Иш берүүчүнүн жообун күткөн 41 адамдын ичинен 3-орундасыз; адатта 2 күн ичинде чечилет.'],
  ] as const)('in %s, waiting for the %s', async (lang, owner, expected) => {
    expect(await open(lang, waiting({ queue: { position: 3, total: 41, owner } }))).toBe(expected);
  });

  it('shows no position for an application that waits for nobody', async () => {
    expect(await open(Locale.Russian, waiting({ status: ApplicationStatus.Refused, queue: null }))).toBeNull();
  });
});
