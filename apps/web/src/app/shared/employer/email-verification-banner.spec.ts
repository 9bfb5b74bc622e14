import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { Role } from '@jumush/contracts/client';
import { AuthService } from '../../core/auth/auth.service';
import { aSession, anAccount, problemBody } from '../../testing/fixtures';
import { useRealTranslations } from '../../testing/translations';
import { EmailVerificationBanner } from './email-verification-banner';

describe('"Confirm your e-mail" banner', () => {
  let backend: HttpTestingController;

  async function show(account = anAccount({ role: Role.Employer, email: 'hr@kirpich.example', emailVerifiedAt: null })) {
    TestBed.configureTestingModule({
      imports: [EmailVerificationBanner],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideTranslateService()],
    });
    backend = TestBed.inject(HttpTestingController);
    useRealTranslations('ru');
    const restored = TestBed.inject(AuthService).restoreSession();
    backend.expectOne('/api/auth/refresh').flush(aSession('t', account));
    await restored;
    const fixture = TestBed.createComponent(EmailVerificationBanner);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  afterEach(() => backend.verify());

  it('names the address, sends a new link on the keyboard-reachable button, and says how long to wait when asked too often', async () => {
    const { fixture, element } = await show();
    expect(element.textContent).toContain('hr@kirpich.example');
    const resend = element.querySelector<HTMLButtonElement>('[data-testid="email-verification-resend"]') as HTMLButtonElement;
    expect(resend.tagName).toBe('BUTTON');
    resend.click();
    await fixture.whenStable();
    expect(resend.disabled).toBe(true);
    backend.expectOne({ method: 'POST', url: '/api/auth/email-verification' }).flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="email-verification-sent"]')?.textContent).toContain('Новая ссылка отправлена');

    resend.click();
    backend
      .expectOne('/api/auth/email-verification')
      .flush(problemBody(429, 'emailVerification.tooManyRequests', { params: { retryAfterSeconds: 1500, retryAfterMinutes: 25 } }), {
        status: 429,
        statusText: 'Too Many Requests',
        headers: { 'Retry-After': '1500' },
      });
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('25');
    expect(resend.disabled).toBe(false);
  });

  it.each([
    ['a confirmed employer', anAccount({ role: Role.Employer, email: 'hr@kirpich.example', emailVerifiedAt: '2026-01-01T00:00:00Z' })],
    ['a migrant', anAccount({ role: Role.Migrant })],
  ])('is not shown to %s', async (_who, account) => {
    const { element } = await show(account);
    expect(element.querySelector('[data-testid="email-verification-banner"]')).toBeNull();
  });
});
