import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Locale, Role } from '@jumush/contracts/client';
import { UNAUTHORIZED, aSession, anAccount, problemBody } from '../../testing/fixtures';
import { AuthService, SESSION_HINT_KEY } from './auth.service';

describe('AuthService', () => {
  let auth: AuthService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    auth = TestBed.inject(AuthService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  function signIn(token = 'access-1') {
    auth.login('+996555123456', 'secret12345').subscribe();
    http.expectOne('/api/auth/login').flush(aSession(token));
  }

  it('starts signed out', () => {
    expect(auth.account()).toBeNull();
    expect(auth.isSignedIn()).toBe(false);
    expect(auth.role()).toBeNull();
    expect(auth.accessToken()).toBeNull();
  });

  it('login posts the credentials with the cookie and sets the account and token', () => {
    let result: unknown;
    auth.login('+996555123456', 'secret12345').subscribe((account) => (result = account));
    const request = http.expectOne('/api/auth/login');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ login: '+996555123456', password: 'secret12345' });
    expect(request.request.withCredentials).toBe(true);
    request.flush(aSession('token-xyz'));

    expect(result).toEqual(anAccount());
    expect(auth.account()).toEqual(anAccount());
    expect(auth.isSignedIn()).toBe(true);
    expect(auth.role()).toBe(Role.Migrant);
    expect(auth.accessToken()).toBe('token-xyz');
  });

  it('a failed login leaves the person signed out and passes the problem on', () => {
    let status = 0;
    auth.login('x', 'y').subscribe({ error: (error: { status: number }) => (status = error.status) });
    http.expectOne('/api/auth/login').flush(problemBody(401, 'auth.invalidCredentials'), UNAUTHORIZED);
    expect(status).toBe(401);
    expect(auth.isSignedIn()).toBe(false);
  });

  it('logout clears the account and the token', () => {
    signIn();
    let done = false;
    auth.logout().subscribe(() => (done = true));
    const request = http.expectOne('/api/auth/logout');
    expect(request.request.method).toBe('POST');
    request.flush(null, { status: 204, statusText: 'No Content' });

    expect(done).toBe(true);
    expect(auth.account()).toBeNull();
    expect(auth.accessToken()).toBeNull();
  });

  it('logout clears the session even when the server call fails', () => {
    signIn();
    auth.logout().subscribe();
    http.expectOne('/api/auth/logout').error(new ProgressEvent('error'));
    expect(auth.isSignedIn()).toBe(false);
  });

  it('restoreSession with a refused refresh means signed out, without an error', async () => {
    const restored = auth.restoreSession();
    expect(auth.ready()).toBe(false);
    const request = http.expectOne('/api/auth/refresh');
    expect(request.request.withCredentials).toBe(true);
    request.flush(problemBody(401, 'auth.unauthenticated'), UNAUTHORIZED);

    await expect(restored).resolves.toBeUndefined();
    expect(auth.ready()).toBe(true);
    expect(auth.isSignedIn()).toBe(false);
  });

  it('restoreSession signs in silently when the refresh cookie is good, and runs once', async () => {
    const first = auth.restoreSession();
    const second = auth.whenReady();
    http.expectOne('/api/auth/refresh').flush(aSession('restored'));
    await Promise.all([first, second]);
    expect(auth.accessToken()).toBe('restored');
    expect(auth.account()?.id).toBe('acc-1');
  });

  describe('restoreSessionIfAny (start-up)', () => {
    /** A second start of the app on the same phone: a fresh AuthService, the same localStorage. */
    function restart(): AuthService {
      TestBed.resetTestingModule();
      TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
      http = TestBed.inject(HttpTestingController);
      return TestBed.inject(AuthService);
    }

    beforeEach(() => localStorage.clear());
    afterEach(() => localStorage.clear());

    it('on a phone that never signed in, is ready and signed out at once, without asking the server', async () => {
      const restored = auth.restoreSessionIfAny();
      expect(auth.ready()).toBe(true);
      http.expectNone('/api/auth/refresh');
      await expect(restored).resolves.toBeUndefined();
      await expect(auth.whenReady()).resolves.toBeUndefined();
      http.expectNone('/api/auth/refresh');
      expect(auth.isSignedIn()).toBe(false);
    });

    it('after a sign-in, restores the session on the next start', async () => {
      signIn();
      expect(localStorage.getItem(SESSION_HINT_KEY)).toBe('1');
      const next = restart();
      const restored = next.restoreSessionIfAny();
      expect(next.ready()).toBe(false);
      http.expectOne('/api/auth/refresh').flush(aSession('restored'));
      await restored;
      expect(next.accessToken()).toBe('restored');
    });

    it('after a sign-out, or a refused refresh, asks the server no more', async () => {
      signIn();
      auth.logout().subscribe();
      http.expectOne('/api/auth/logout').flush(null);
      expect(localStorage.getItem(SESSION_HINT_KEY)).toBe('0');
      let next = restart();
      await next.restoreSessionIfAny();
      http.expectNone('/api/auth/refresh');

      localStorage.setItem(SESSION_HINT_KEY, '1');
      next = restart();
      const restored = next.restoreSessionIfAny();
      http.expectOne('/api/auth/refresh').flush(problemBody(401, 'auth.unauthenticated'), UNAUTHORIZED);
      await restored;
      expect(next.isSignedIn()).toBe(false);
      next = restart();
      await next.restoreSessionIfAny();
      http.expectNone('/api/auth/refresh');
    });

    it('keeps the hint when the refresh fails for want of a network (the cookie may still be good)', async () => {
      localStorage.setItem(SESSION_HINT_KEY, '1');
      const next = restart();
      const restored = next.restoreSessionIfAny();
      http.expectOne('/api/auth/refresh').error(new ProgressEvent('error'), { status: 0 });
      await restored;
      expect(localStorage.getItem(SESSION_HINT_KEY)).toBe('1');
    });

    it('asks the server on a phone signed in before the hint existed (PersonalData remembered the account)', () => {
      localStorage.setItem('jumush.lastAccount', 'acc-1');
      void auth.restoreSessionIfAny();
      http.expectOne('/api/auth/refresh').flush(aSession('restored'));
      expect(auth.isSignedIn()).toBe(true);
    });
  });

  it('a refresh refused later ends the session', () => {
    signIn();
    let token: string | null | undefined;
    auth.refresh().subscribe((value) => (token = value));
    http.expectOne('/api/auth/refresh').flush(problemBody(401, 'auth.unauthenticated'), UNAUTHORIZED);
    expect(token).toBeNull();
    expect(auth.isSignedIn()).toBe(false);
  });

  it('concurrent refreshes share one request', () => {
    const tokens: (string | null)[] = [];
    auth.refresh().subscribe((token) => tokens.push(token));
    auth.refresh().subscribe((token) => tokens.push(token));
    http.expectOne('/api/auth/refresh').flush(aSession('fresh'));
    expect(tokens).toEqual(['fresh', 'fresh']);
  });

  it('registerMigrant registers, then signs in with the phone as the API stored it', () => {
    let result: unknown;
    auth
      .registerMigrant({ phone: ' +996 555 123 456 ', password: 'secret12345', citizenship: 'KG', locale: Locale.Kyrgyz })
      .subscribe((account) => (result = account));
    const register = http.expectOne('/api/auth/register/migrant');
    expect(register.request.body).toEqual({ phone: '+996 555 123 456', password: 'secret12345', citizenship: 'KG', locale: 'ky' });
    register.flush(anAccount(), { status: 201, statusText: 'Created' });

    const login = http.expectOne('/api/auth/login');
    expect(login.request.body).toEqual({ login: '+996555123456', password: 'secret12345' });
    login.flush(aSession());
    expect(result).toEqual(anAccount());
    expect(auth.isSignedIn()).toBe(true);
  });

  it('registerMigrant leaves a national form to the API, which reads it by the chosen citizenship, and signs in with what it stored', () => {
    auth.registerMigrant({ phone: '93 123 45 67', password: 'secret12345', citizenship: 'TJ' }).subscribe();
    const register = http.expectOne('/api/auth/register/migrant');
    expect(register.request.body).toMatchObject({ phone: '93 123 45 67', citizenship: 'TJ' });
    register.flush(anAccount({ phone: '+992931234567', originCountry: 'TJ' }), { status: 201, statusText: 'Created' });
    const login = http.expectOne('/api/auth/login');
    expect(login.request.body).toEqual({ login: '+992931234567', password: 'secret12345' });
    login.flush(aSession());
  });

  it('registerEmployer emits null when only the automatic sign-in fails', () => {
    const employer = anAccount({ role: Role.Employer, phone: null, email: 'boss@example.com', fullName: 'Asel' });
    let result: unknown = 'pending';
    auth.registerEmployer({ email: ' Boss@Example.com ', fullName: ' Asel ', password: 'secret12345' }).subscribe((account) => (result = account));
    const register = http.expectOne('/api/auth/register/employer');
    expect(register.request.body).toEqual({ email: 'boss@example.com', fullName: 'Asel', password: 'secret12345' });
    register.flush(employer, { status: 201, statusText: 'Created' });
    http.expectOne('/api/auth/login').flush(problemBody(429, 'auth.tooManyAttempts'), { status: 429, statusText: 'Too Many' });
    expect(result).toBeNull();
  });

  it('a registration problem is passed on and no login is tried', () => {
    let code = '';
    auth
      .registerMigrant({ phone: '+996555123456', password: 'secret12345', citizenship: 'KG' })
      .subscribe({ error: (error: { error: { code: string } }) => (code = error.error.code) });
    http
      .expectOne('/api/auth/register/migrant')
      .flush(problemBody(409, 'validation.failed', { errors: [{ field: 'phone', code: 'account.phoneTaken' }] }), {
        status: 409,
        statusText: 'Conflict',
      });
    expect(code).toBe('validation.failed');
    http.expectNone('/api/auth/login');
  });
});
