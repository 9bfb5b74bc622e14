import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { Role } from '@jumush/contracts/client';
import { AuthService } from '../../core/auth/auth.service';
import { aSession, anAccount, problemBody } from '../../testing/fixtures';
import { useRealTranslations } from '../../testing/translations';
import { PhoneVerificationBanner } from './phone-verification-banner';

describe('"Confirm your phone" banner', () => {
  let backend: HttpTestingController;
  const UNPROVEN = anAccount({ role: Role.Migrant, phone: '+996555123456', phoneVerifiedAt: null });

  async function show(account = UNPROVEN) {
    TestBed.configureTestingModule({
      imports: [PhoneVerificationBanner],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideTranslateService()],
    });
    backend = TestBed.inject(HttpTestingController);
    useRealTranslations('ru');
    const restored = TestBed.inject(AuthService).restoreSession();
    backend.expectOne('/api/auth/refresh').flush(aSession('t', account));
    await restored;
    const fixture = TestBed.createComponent(PhoneVerificationBanner);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }
  const type = (element: HTMLElement, code: string) => {
    const input = element.querySelector<HTMLInputElement>('#phone-code') as HTMLInputElement;
    input.value = code;
    input.dispatchEvent(new Event('input'));
  };

  afterEach(() => {
    jest.useRealTimers();
    backend.verify();
  });

  it('names the number; a wrong code says so on a labelled field, the right one confirms it and the banner goes', async () => {
    const { fixture, element } = await show();
    expect(element.textContent).toContain('+996555123456');
    expect(element.querySelector('label[for="phone-code"]')?.textContent).toContain('Код из SMS');
    expect(element.querySelector('#phone-code')?.getAttribute('autocomplete')).toBe('one-time-code');

    type(element, '000000');
    (element.querySelector('[data-testid="phone-verification-confirm"]') as HTMLButtonElement).click();
    const wrong = backend.expectOne({ method: 'POST', url: '/api/auth/phone-verification/confirm' });
    expect(wrong.request.body).toEqual({ code: '000000' });
    wrong.flush(
      problemBody(400, 'phoneVerification.invalid', {
        errors: [{ field: 'code', code: 'phoneVerification.invalid', message: '', params: { attemptsLeft: 4 } }],
      }),
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Код неверный');

    type(element, '123 456');
    (element.querySelector('[data-testid="phone-verification-confirm"]') as HTMLButtonElement).click();
    backend.expectOne('/api/auth/phone-verification/confirm').flush({ ...UNPROVEN, phoneVerifiedAt: '2026-12-02T10:00:00Z' });
    await fixture.whenStable();
    expect(TestBed.inject(AuthService).account()?.phoneVerifiedAt).toBe('2026-12-02T10:00:00Z');
    expect(element.querySelector('[data-testid="phone-verification-banner"]')).toBeNull();
  });

  it('sends a new code and counts down before the next one; too soon, it counts down the wait the API told', async () => {
    const { fixture, element } = await show();
    jest.useFakeTimers();
    const resend = element.querySelector('[data-testid="phone-verification-resend"]') as HTMLButtonElement;
    resend.click();
    backend
      .expectOne({ method: 'POST', url: '/api/auth/phone-verification' })
      .flush(problemBody(429, 'phoneVerification.tooManyRequests', { params: { retryAfterSeconds: 42, retryAfterMinutes: 1 } }), {
        status: 429,
        statusText: 'Too Many Requests',
      });
    fixture.detectChanges();
    expect(resend.disabled).toBe(true);
    expect(resend.textContent).toContain('42');
    jest.advanceTimersByTime(2000);
    fixture.detectChanges();
    expect(resend.textContent).toContain('40');
    jest.advanceTimersByTime(40_000);
    fixture.detectChanges();
    expect(resend.disabled).toBe(false);

    resend.click();
    backend.expectOne('/api/auth/phone-verification').flush({ expiresInMinutes: 15, resendInSeconds: 60 }, { status: 202, statusText: 'Accepted' });
    fixture.detectChanges();
    expect(element.querySelector('[data-testid="phone-verification-sent"]')?.textContent).toContain('Новый код отправлен');
    expect(resend.disabled).toBe(true);
    expect(resend.textContent).toContain('60');
  });

  it.each([
    ['a migrant whose number is confirmed', anAccount({ role: Role.Migrant })],
    ['an employer', anAccount({ role: Role.Employer, phone: null, email: 'hr@kirpich.example', phoneVerifiedAt: null })],
  ])('is not shown to %s', async (_who, account) => {
    const { element } = await show(account);
    expect(element.querySelector('[data-testid="phone-verification-banner"]')).toBeNull();
  });
});
