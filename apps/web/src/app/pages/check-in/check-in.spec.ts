import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTranslateService } from '@ngx-translate/core';
import type { CheckInView } from '@jumush/contracts/client';
import { languageGuard } from '../../core/i18n/language.guard';
import { useRealTranslations } from '../../testing/translations';
import { CheckInPage } from './check-in';

const day3: CheckInView = {
  id: 'c3',
  applicationId: 'a1',
  vacancyTitle: 'Каменщик',
  day: 3,
  dueAt: '2026-03-24T06:00:00Z',
  answers: {},
  answeredAt: null,
  grievanceIds: [],
};

describe('CheckInPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        // As in app.routes: the `/:lang` parent activates the language the page's links keep.
        provideRouter(
          [{ path: ':lang', canActivate: [languageGuard], children: [{ path: 'check-ins/:id', component: CheckInPage }] }],
          withComponentInputBinding(),
        ),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    useRealTranslations('ky');
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => backend.verify());

  const page = () => harness.routeNativeElement as HTMLElement;

  it('asks the five questions in Kyrgyz, one tap each, and says the attaché was told when an answer opened a grievance', async () => {
    await harness.navigateByUrl('/ky/check-ins/c3');
    backend.expectOne('/api/check-ins/c3').flush(day3);
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
    const questions = Array.from(page().querySelectorAll('[data-testid="check-in-question"]'));
    expect(questions.map((q) => q.getAttribute('data-question'))).toEqual(['wage', 'housing', 'passport', 'fee', 'safety']);
    expect(questions[2].textContent).toContain('Паспортуңуз өзүңүздөбү?');
    expect(page().querySelector('[data-testid="check-in-told"]')).toBeNull();

    (page().querySelector('[data-testid="answer-passport-no"]') as HTMLButtonElement).click();
    const request = backend.expectOne('/api/check-ins/c3/answers');
    expect(request.request.body).toEqual({ question: 'passport', answer: 'no' });
    request.flush({ ...day3, answers: { passport: 'no' }, grievanceIds: ['g1'] });
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
    expect(page().querySelector('[data-question="passport"]')?.getAttribute('data-answer')).toBe('no');
    expect(page().querySelector('[data-testid="answer-passport-no"]')?.getAttribute('aria-pressed')).toBe('true');
    expect(page().querySelector('[data-testid="check-in-told"]')?.textContent).toContain('атташесине дароо билдирдик');
    expect(page().querySelector('[data-testid="to-grievance"]')?.getAttribute('href')).toBe('/ky/grievances/g1');
  });
});
