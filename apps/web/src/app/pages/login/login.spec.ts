import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { UNAUTHORIZED, aSession, problemBody } from '../../testing/fixtures';
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
