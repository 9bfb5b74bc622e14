import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { Role } from '@jumush/contracts/client';
import { UNAUTHORIZED, aSession, anAccount, problemBody } from '../../testing/fixtures';
import { useRealTranslations } from '../../testing/translations';
import { Login, normalizeLoginIdentifier, safeReturnUrl } from './login';

describe('Login page', () => {
  let backend: HttpTestingController;
  let navigateByUrl: jest.SpyInstance;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [Login],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideTranslateService()],
    });
    backend = TestBed.inject(HttpTestingController);
    navigateByUrl = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    useRealTranslations('en');
  });

  afterEach(() => backend.verify());

  async function fillAndSubmit(identifier: string, password: string) {
    const fixture = TestBed.createComponent(Login);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    for (const [id, value] of [
      ['login-identifier', identifier],
      ['login-password', password],
    ]) {
      const input = element.querySelector<HTMLInputElement>(`#${id}`);
      if (!input) throw new Error(`#${id} missing`);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    element.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await fixture.whenStable();
    return { fixture, element };
  }

  it('labels its fields through translations', async () => {
    const fixture = TestBed.createComponent(Login);
    await fixture.whenStable();
    const labels = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('mat-label')).map((l) => l.textContent?.trim());
    expect(labels).toEqual(['Phone or email', 'Password']);
  });

  it('shows the translated problem when the credentials are wrong', async () => {
    const { fixture, element } = await fillAndSubmit('+996 555 123 456', 'wrong-password-1');
    const request = backend.expectOne('/api/auth/login');
    expect(request.request.body).toEqual({ login: '+996555123456', password: 'wrong-password-1' });
    request.flush(problemBody(401, 'auth.invalidCredentials'), UNAUTHORIZED);
    await fixture.whenStable();
    expect(element.querySelector('[role=alert]')?.textContent?.trim()).toBe('Wrong login or password.');
    expect(navigateByUrl).not.toHaveBeenCalled();
  });

  it('says the sign-in pause in minutes, not raw seconds', async () => {
    const { fixture, element } = await fillAndSubmit('+996 555 123 456', 'wrong-password-1');
    backend
      .expectOne('/api/auth/login')
      .flush(
        { ...problemBody(429, 'auth.tooManyAttempts'), params: { retryAfterSeconds: 386, retryAfterMinutes: 7 } },
        { status: 429, statusText: 'Too Many' },
      );
    await fixture.whenStable();
    const text = element.querySelector('[role=alert]')?.textContent?.trim();
    expect(text).toBe('Too many failed attempts. Try again in 7 min.');
    expect(text).not.toContain('386');
  });

  it('says when the server cannot be reached', async () => {
    const { fixture, element } = await fillAndSubmit('boss@example.com', 'secret12345');
    backend.expectOne('/api/auth/login').error(new ProgressEvent('error'));
    await fixture.whenStable();
    expect(element.querySelector('[role=alert]')?.textContent).toContain('No connection to the server');
  });

  it('goes to the home page of the current language after login', async () => {
    await fillAndSubmit('Boss@Example.com', 'secret12345');
    const request = backend.expectOne('/api/auth/login');
    expect(request.request.body.login).toBe('boss@example.com');
    request.flush(aSession());
    expect(navigateByUrl).toHaveBeenCalledWith('/ru/home');
  });
});

describe('login helpers', () => {
  it('normalises phone identifiers and lower-cases emails', () => {
    expect(normalizeLoginIdentifier(' +996 (555) 12-34-56 ')).toBe('+996555123456');
    expect(normalizeLoginIdentifier(' Boss@Example.COM ')).toBe('boss@example.com');
  });

  it('accepts only internal return URLs', () => {
    expect(safeReturnUrl('/ky/home')).toBe('/ky/home');
    expect(safeReturnUrl('//evil.example')).toBeNull();
    expect(safeReturnUrl('https://evil.example')).toBeNull();
    expect(safeReturnUrl(null)).toBeNull();
    expect(safeReturnUrl('/ky/login?returnUrl=%2Fky%2Fhome')).toBeNull();
    expect(safeReturnUrl('/ru/register')).toBeNull();
    expect(safeReturnUrl('/ky/applications/a1/letter')).toBe('/ky/applications/a1/letter');
  });
});

describe('Login page: the second step of an account with two-factor on', () => {
  let backend: HttpTestingController;
  let navigateByUrl: jest.SpyInstance;
  let navigate: jest.SpyInstance;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [Login],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideTranslateService()],
    });
    backend = TestBed.inject(HttpTestingController);
    navigateByUrl = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    useRealTranslations('en');
  });

  afterEach(() => backend.verify());

  function type(element: HTMLElement, id: string, value: string): void {
    const input = element.querySelector<HTMLInputElement>(`#${id}`);
    if (!input) throw new Error(`#${id} missing`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function passwordAccepted() {
    const fixture = TestBed.createComponent(Login);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    type(element, 'login-identifier', 'attache@demo.jumush.kg');
    type(element, 'login-password', 'jumush-demo-2026');
    element.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    backend.expectOne('/api/auth/login').flush({ twoFactorRequired: true, challenge: 'challenge-1', expiresIn: 300 });
    await fixture.whenStable();
    return { fixture, element };
  }

  it('asks for the app’s code after the password, and signs in with it', async () => {
    const { fixture, element } = await passwordAccepted();
    expect(element.querySelector('[data-testid=two-factor-step] h2')?.textContent?.trim()).toBe('Code from your app');
    expect(element.querySelector('#login-password')).toBeNull();
    type(element, 'login-two-factor-code', '123 456');
    element.querySelector<HTMLButtonElement>('[data-testid=two-factor-step] button[type=submit]')?.click();
    const request = backend.expectOne('/api/auth/login/two-factor');
    expect(request.request.body).toEqual({ challenge: 'challenge-1', code: '123 456' });
    request.flush(aSession('access-2', anAccount({ role: Role.Attache, email: 'attache@demo.jumush.kg' })));
    await fixture.whenStable();
    expect(navigateByUrl).toHaveBeenCalledWith('/ru/home');
  });

  it('takes a recovery code instead, and says so when it is wrong or used', async () => {
    const { fixture, element } = await passwordAccepted();
    element.querySelector<HTMLButtonElement>('[data-testid=toggle-recovery-code]')?.click();
    await fixture.whenStable();
    type(element, 'login-recovery-code', 'abcd-efgh');
    element.querySelector<HTMLButtonElement>('[data-testid=two-factor-step] button[type=submit]')?.click();
    const request = backend.expectOne('/api/auth/login/two-factor');
    expect(request.request.body).toEqual({ challenge: 'challenge-1', recoveryCode: 'abcd-efgh' });
    request.flush(problemBody(401, 'auth.invalidTwoFactorCode'), UNAUTHORIZED);
    await fixture.whenStable();
    expect(element.querySelector('[role=alert]')?.textContent?.trim()).toContain('already been used');
    expect(navigateByUrl).not.toHaveBeenCalled();
  });

  it('refuses a code that is not six digits before asking the API', async () => {
    const { fixture, element } = await passwordAccepted();
    type(element, 'login-two-factor-code', '12ab');
    element.querySelector<HTMLButtonElement>('[data-testid=two-factor-step] button[type=submit]')?.click();
    await fixture.whenStable();
    backend.expectNone('/api/auth/login/two-factor');
    expect(element.querySelector('mat-error')?.textContent?.trim()).toBe('Enter the 6 digits your app shows.');
  });

  it('sends an attaché without two-factor to the enrolment', async () => {
    const fixture = TestBed.createComponent(Login);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    type(element, 'login-identifier', 'new.attache@example.org');
    type(element, 'login-password', 'attache-pass-77');
    element.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    backend.expectOne('/api/auth/login').flush(aSession('access-3', anAccount({ role: Role.Attache, twoFactorEnabledAt: null })));
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(['/', 'ru', 'two-factor'], {});
    expect(navigateByUrl).not.toHaveBeenCalled();
  });
});
