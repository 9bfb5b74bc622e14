import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideTranslateService } from '@ngx-translate/core';
import type { CandidateProfileView } from '@jumush/contracts/client';
import { useRealTranslations } from '../../testing/translations';
import { DeparturePlan } from './departure-plan';

describe('DeparturePlan (checklist page)', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    useRealTranslations('ru');
  });

  afterEach(() => backend.verify());

  async function render(plannedOn: string | null) {
    const fixture = TestBed.createComponent(DeparturePlan);
    fixture.componentRef.setInput('plannedOn', plannedOn);
    const saved: CandidateProfileView[] = [];
    fixture.componentInstance.saved.subscribe((profile) => saved.push(profile));
    fixture.detectChanges();
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const input = element.querySelector<HTMLInputElement>('[data-testid="departure-date"]') as HTMLInputElement;
    const settle = async () => {
      fixture.detectChanges();
      await fixture.whenStable();
    };
    return { element, input, saved, settle };
  }

  it('saves the date and hands the profile back', async () => {
    const { element, input, saved, settle } = await render(null);
    expect(input.value).toBe('');
    expect(element.querySelector('[data-testid="clear-departure"]')).toBeNull();
    input.value = '2026-04-21';
    input.dispatchEvent(new Event('input'));
    element.querySelector<HTMLButtonElement>('[data-testid="save-departure"]')?.click();
    const request = backend.expectOne({ method: 'PUT', url: '/api/candidates/me/departure' });
    expect(request.request.body).toEqual({ plannedDepartureOn: '2026-04-21' });
    request.flush({ id: 'p1', plannedDepartureOn: '2026-04-21' });
    await settle();
    expect(saved).toEqual([{ id: 'p1', plannedDepartureOn: '2026-04-21' }]);
    expect(element.querySelector('[data-testid="departure-saved"]')?.textContent).toContain('Дата отъезда сохранена.');
  });

  it('clears a planned date', async () => {
    const { element, input } = await render('2026-04-21');
    expect(input.value).toBe('2026-04-21');
    element.querySelector<HTMLButtonElement>('[data-testid="clear-departure"]')?.click();
    const request = backend.expectOne({ method: 'PUT', url: '/api/candidates/me/departure' });
    expect(request.request.body).toEqual({ plannedDepartureOn: null });
    request.flush({ id: 'p1', plannedDepartureOn: null });
  });

  it('shows the API’s field error on the field, in the reader’s language', async () => {
    const { element, input, settle } = await render(null);
    input.value = '2020-01-01';
    input.dispatchEvent(new Event('input'));
    element.querySelector<HTMLButtonElement>('[data-testid="save-departure"]')?.click();
    backend.expectOne({ method: 'PUT', url: '/api/candidates/me/departure' }).flush(
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        code: 'validation.failed',
        errors: [{ field: 'plannedDepartureOn', code: 'departure.notInFuture', message: 'departure.notInFuture' }],
      },
      { status: 400, statusText: 'Bad Request', headers: { 'content-type': 'application/problem+json' } },
    );
    await settle();
    expect(element.querySelector('[data-testid="departure-error"]')?.textContent).toContain('Выберите дату позже сегодняшней.');
    expect(element.querySelector('[data-testid="departure-saved"]')).toBeNull();
  });
});
