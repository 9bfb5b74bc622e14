import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { UNAUTHORIZED, aSession, problemBody } from '../../testing/fixtures';
import { authInterceptor } from './auth.interceptor';
import { AuthService } from './auth.service';

describe('authInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let auth: AuthService;
  let navigate: jest.SpyInstance;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([authInterceptor])), provideHttpClientTesting(), provideRouter([]), provideTranslateService()],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    auth = TestBed.inject(AuthService);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  });

  afterEach(() => backend.verify());

  function signIn(token: string) {
    auth.login('boss@example.com', 'secret12345').subscribe();
    backend.expectOne('/api/auth/login').flush(aSession(token));
  }

  it('adds the bearer token to /api/ calls', () => {
    signIn('token-1');
    http.get('/api/auth/me').subscribe();
    expect(backend.expectOne('/api/auth/me').request.headers.get('Authorization')).toBe('Bearer token-1');
  });

  it('adds nothing when signed out, and never to other URLs', () => {
    http.get('/api/origin-countries').subscribe();
    expect(backend.expectOne('/api/origin-countries').request.headers.has('Authorization')).toBe(false);

    signIn('token-1');
    http.get('/i18n/ru.json').subscribe();
    http.get('https://tiles.example.com/api/x').subscribe();
    expect(backend.expectOne('/i18n/ru.json').request.headers.has('Authorization')).toBe(false);
    expect(backend.expectOne('https://tiles.example.com/api/x').request.headers.has('Authorization')).toBe(false);
  });

  it('on a 401 refreshes once and retries once with the new token', () => {
    signIn('old');
    let body: unknown;
    http.get('/api/auth/me').subscribe((value) => (body = value));

    backend.expectOne('/api/auth/me').flush(problemBody(401, 'auth.unauthenticated'), UNAUTHORIZED);
    backend.expectOne('/api/auth/refresh').flush(aSession('new'));
    const retry = backend.expectOne('/api/auth/me');
    expect(retry.request.headers.get('Authorization')).toBe('Bearer new');
    retry.flush({ ok: true });

    expect(body).toEqual({ ok: true });
    expect(auth.accessToken()).toBe('new');
  });

  it('does not refresh a second time when the retry is refused too', () => {
    signIn('old');
    let status = 0;
    http.get('/api/auth/me').subscribe({ error: (error: { status: number }) => (status = error.status) });

    backend.expectOne('/api/auth/me').flush(null, UNAUTHORIZED);
    backend.expectOne('/api/auth/refresh').flush(aSession('new'));
    backend.expectOne('/api/auth/me').flush(null, UNAUTHORIZED);

    backend.expectNone('/api/auth/refresh');
    expect(status).toBe(401);
  });

  it('when the refresh is refused: error, signed out, sent to the login page', () => {
    signIn('old');
    let status = 0;
    http.patch('/api/accounts/me/locale', { locale: 'en' }).subscribe({
      error: (error: { status: number }) => (status = error.status),
    });

    backend.expectOne('/api/accounts/me/locale').flush(null, UNAUTHORIZED);
    backend.expectOne('/api/auth/refresh').flush(null, UNAUTHORIZED);

    expect(status).toBe(401);
    expect(auth.isSignedIn()).toBe(false);
    expect(navigate).toHaveBeenCalledWith(['/', 'ru', 'login'], expect.anything());
  });

  it('lets a call of the page left behind fail quietly when its 401 arrives after the sign-out', () => {
    signIn('old');
    let status = 0;
    http.get('/api/notifications').subscribe({ error: (error: { status: number }) => (status = error.status) });
    auth.logout().subscribe();
    backend.expectOne('/api/auth/logout').flush(null, { status: 204, statusText: 'No Content' });
    expect(auth.isSignedIn()).toBe(false);

    backend.expectOne('/api/notifications').flush(problemBody(401, 'auth.unauthenticated'), UNAUTHORIZED);
    backend.expectNone('/api/auth/refresh');
    expect(status).toBe(401);
    expect(navigate).not.toHaveBeenCalled();
  });

  it('never refreshes for the session endpoints themselves', () => {
    auth.login('x', 'wrong-password1').subscribe({ error: () => undefined });
    backend.expectOne('/api/auth/login').flush(problemBody(401, 'auth.invalidCredentials'), UNAUTHORIZED);
    backend.expectNone('/api/auth/refresh');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('passes other errors through untouched', () => {
    signIn('t');
    let status = 0;
    http.get('/api/auth/me').subscribe({ error: (error: { status: number }) => (status = error.status) });
    backend.expectOne('/api/auth/me').flush(problemBody(403, 'auth.forbidden'), { status: 403, statusText: 'Forbidden' });
    backend.expectNone('/api/auth/refresh');
    expect(status).toBe(403);
  });
});
