import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { Role } from '@jumush/contracts/client';
import { AuthService } from '../../core/auth/auth.service';
import { UNAUTHORIZED, aSession, anAccount, problemBody } from '../../testing/fixtures';
import { useRealTranslations } from '../../testing/translations';
import { VerifyEmail } from './verify-email';

const TOKEN = 'C'.repeat(43);
const EMPLOYER = anAccount({ role: Role.Employer, phone: null, email: 'hr@kirpich.example', emailVerifiedAt: null });

describe('E-mail confirmation page (the e-mailed link)', () => {
  let backend: HttpTestingController;

  async function open(signedIn: boolean) {
    TestBed.configureTestingModule({
      imports: [VerifyEmail],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
        { provide: ActivatedRoute, useValue: { snapshot: { paramMap: convertToParamMap({ token: TOKEN }), queryParamMap: convertToParamMap({}) } } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    useRealTranslations('en');
    const auth = TestBed.inject(AuthService);
    const restored = auth.restoreSession();
    const refresh = backend.expectOne('/api/auth/refresh');
    if (signedIn) refresh.flush(aSession('t', EMPLOYER));
    else refresh.flush(null, UNAUTHORIZED);
    await restored;
    const fixture = TestBed.createComponent(VerifyEmail);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement, auth };
  }

  afterEach(() => backend.verify());

  it('confirms on opening, shows the progress first, and lets the signed-in employer continue with the account refreshed', async () => {
    const { fixture, element, auth } = await open(true);
    expect(element.textContent).toContain('Confirming your address');
    const confirm = backend.expectOne({ method: 'POST', url: '/api/auth/email-verification/confirm' });
    expect(confirm.request.body).toEqual({ token: TOKEN });
    confirm.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    backend.expectOne('/api/auth/me').flush({ ...EMPLOYER, emailVerifiedAt: '2026-02-01T00:00:00Z' });
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="email-confirmed"]')?.textContent).toContain('is confirmed');
    expect(element.querySelector('[data-testid="verify-email-continue"]')?.getAttribute('href')).toBe('/ru/home');
    expect(auth.account()?.emailVerifiedAt).toBe('2026-02-01T00:00:00Z');
  });

  it.each([
    ['emailVerification.expired', 'has expired'],
    ['emailVerification.used', 'already used'],
    ['emailVerification.addressChanged', 'address changed'],
    ['emailVerification.invalid', 'not valid'],
  ])('says why a refused link (%s) does not work, with a new link at hand when signed in', async (code, words) => {
    const { fixture, element } = await open(true);
    backend.expectOne('/api/auth/email-verification/confirm').flush(problemBody(410, code), { status: 410, statusText: 'Gone' });
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="email-refused"]')?.textContent).toContain(words);
    (element.querySelector('[data-testid="email-verification-resend"]') as HTMLButtonElement).click();
    backend.expectOne({ method: 'POST', url: '/api/auth/email-verification' }).flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="email-verification-sent"]')?.textContent).toContain('hr@kirpich.example');
  });

  it('sends a signed-out visitor of a refused link to log in for a new one', async () => {
    const { fixture, element } = await open(false);
    backend
      .expectOne('/api/auth/email-verification/confirm')
      .flush(problemBody(410, 'emailVerification.expired'), { status: 410, statusText: 'Gone' });
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="email-verification-resend"]')).toBeNull();
    expect(element.textContent).toContain('Log in to get a new link');
  });
});
