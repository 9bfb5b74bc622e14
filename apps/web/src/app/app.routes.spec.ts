import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { Role, checkInShortCode } from '@jumush/contracts/client';
import { appRoutes } from './app.routes';
import { AuthService } from './core/auth/auth.service';
import type { AccountView } from '@jumush/contracts/client';
import { UNAUTHORIZED, aSession, anAccount } from './testing/fixtures';

describe('routes', () => {
  let harness: RouterTestingHarness;
  let router: Router;
  let languages: jest.SpyInstance;

  async function start(session: 'none' | Role = 'none', account: Partial<AccountView> = {}) {
    TestBed.configureTestingModule({
      providers: [provideRouter(appRoutes), provideHttpClient(), provideHttpClientTesting(), provideTranslateService()],
    });
    router = TestBed.inject(Router);
    const restored = TestBed.inject(AuthService).restoreSession();
    const refresh = TestBed.inject(HttpTestingController).expectOne('/api/auth/refresh');
    if (session === 'none') refresh.flush(null, UNAUTHORIZED);
    else refresh.flush(aSession('t', anAccount({ role: session, ...account })));
    await restored;
    harness = await RouterTestingHarness.create();
  }

  beforeEach(() => {
    localStorage.clear();
    languages = jest.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-DE', 'fr']);
  });

  afterEach(() => languages.mockRestore());

  it('sends / to Russian when nothing else is known', async () => {
    await start();
    await harness.navigateByUrl('/');
    expect(router.url).toBe('/ru');
  });

  it('sends / to the browser language', async () => {
    languages.mockReturnValue(['ky-KG', 'ru']);
    await start();
    await harness.navigateByUrl('/');
    expect(router.url).toBe('/ky');
  });

  it('sends / to the stored choice first', async () => {
    languages.mockReturnValue(['ky-KG']);
    localStorage.setItem('jm.locale', 'en');
    await start();
    await harness.navigateByUrl('/');
    expect(router.url).toBe('/en');
  });

  it('redirects unknown languages and language-less paths, keeping the rest', async () => {
    await start();
    await harness.navigateByUrl('/de/register?as=employer');
    expect(router.url).toBe('/ru/register?as=employer');
    await harness.navigateByUrl('/login');
    expect(router.url).toBe('/ru/login');
    await harness.navigateByUrl('/EN/login');
    expect(router.url).toBe('/en/login');
  });

  it('shows the not-found page for unknown pages', async () => {
    await start();
    await harness.navigateByUrl('/ky/nowhere/at-all');
    expect(router.url).toBe('/ky/nowhere/at-all');
    expect(harness.routeNativeElement?.querySelector('[data-testid="not-found"]')).not.toBeNull();
  });

  it("opens a check-in's short link (the SMS's) on its page, through sign-in when signed out", async () => {
    const id = '0b6f7c3e-2d7a-4c55-9a36-8e1f0c2b9d41';
    await start();
    await harness.navigateByUrl(`/ky/c/${checkInShortCode(id)}`);
    expect(router.url).toBe(`/ky/login?returnUrl=${encodeURIComponent(`/ky/check-ins/${id}`)}`);
    await harness.navigateByUrl('/uz/c/not-a-code');
    expect(router.url).toBe('/uz/not-found');
    expect(harness.routeNativeElement?.querySelector('[data-testid="not-found"]')).not.toBeNull();
  });

  it('sends the signed-out from home to login', async () => {
    await start();
    await harness.navigateByUrl('/ky/home');
    expect(router.url).toBe('/ky/login?returnUrl=%2Fky%2Fhome');
  });

  it.each([
    [Role.Migrant, 'home-migrant'],
    [Role.Employer, 'home-employer'],
    [Role.Attache, 'home-attache'],
    [Role.Admin, 'home-admin'],
  ])('shows the %s home page at /:lang/home', async (role, testId) => {
    await start(role);
    await harness.navigateByUrl('/ru/home');
    expect(harness.routeNativeElement?.querySelector(`[data-testid="${testId}"] h1`)).not.toBeNull();
  });

  it("names a regional attaché's covered regions on its home page, and none for an attaché covering all of Russia", async () => {
    await start(Role.Attache, { coveredRegions: ['47', '78'] });
    await harness.navigateByUrl('/ru/home');
    const line = harness.routeNativeElement?.querySelector('[data-testid="home-covered-regions"] strong');
    expect(line?.textContent?.trim()).toBe('Ленинградская область, Санкт-Петербург');
    TestBed.resetTestingModule();
    await start(Role.Attache);
    await harness.navigateByUrl('/ru/home');
    expect(harness.routeNativeElement?.querySelector('[data-testid="home-attache"] h1')).not.toBeNull();
    expect(harness.routeNativeElement?.querySelector('[data-testid="home-covered-regions"]')).toBeNull();
  });

  it('opens the public vacancy search without an account', async () => {
    await start();
    await harness.navigateByUrl('/ky/vacancies?region=77');
    expect(router.url).toBe('/ky/vacancies?region=77');
    expect(harness.routeNativeElement?.querySelector('#search-q')).not.toBeNull();
  });

  it('keeps the employer area for employers', async () => {
    await start();
    await harness.navigateByUrl('/ru/employer/company');
    expect(router.url).toBe('/ru/login?returnUrl=%2Fru%2Femployer%2Fcompany');
  });

  it.each([
    [Role.Migrant, '/ru/employer/vacancies', '/ru/home'],
    [Role.Attache, '/ru/employer/company', '/ru/home'],
    [Role.Employer, '/ru/attache/companies', '/ru/home'],
    [Role.Migrant, '/ru/attache/vacancies', '/ru/home'],
  ])('sends a %s away from %s', async (role, url, expected) => {
    await start(role);
    await harness.navigateByUrl(url);
    expect(router.url).toBe(expected);
  });

  it.each([
    [Role.Employer, '/ru/employer', '/ru/employer/company'],
    [Role.Attache, '/ru/attache', '/ru/attache/companies'],
    [Role.Admin, '/ru/attache/vacancies', '/ru/attache/vacancies'],
  ])('lets a %s into %s', async (role, url, expected) => {
    await start(role);
    await harness.navigateByUrl(url);
    expect(router.url).toBe(expected);
  });

  it('sends the signed-in away from login and register', async () => {
    await start(Role.Employer);
    await harness.navigateByUrl('/en/register');
    expect(router.url).toBe('/en/home');
  });

  it('sends a QR code link without a language to the verification page in the preferred language', async () => {
    languages.mockReturnValue(['ky-KG']);
    await start();
    await harness.navigateByUrl('/verify/AB12-CD34');
    expect(router.url).toBe('/ky/verify/AB12-CD34');
  });

  it.each([
    [null, true],
    ['2026-01-01T00:00:00Z', false],
  ])('shows an employer whose address was confirmed at %s the banner instead of the employer pages: %s', async (emailVerifiedAt, banner) => {
    await start(Role.Employer, { email: 'hr@kirpich.example', emailVerifiedAt });
    await harness.navigateByUrl('/ru/employer/company');
    expect(router.url).toBe('/ru/employer/company');
    const shown = harness.routeNativeElement?.querySelector('[data-testid="email-verification-banner"]');
    expect(Boolean(shown)).toBe(banner);
  });

  it('keeps the migrant pages for migrants', async () => {
    await start(Role.Employer);
    await harness.navigateByUrl('/ru/profile');
    expect(router.url).not.toBe('/ru/profile');
  });

  /** Every path a notification links to (libs/server/notifications events.ts and the reminders' payload paths). */
  const ID = '6f1c0a52-58f4-4a4e-9d3c-1f0f6f0f2a11';
  it.each([
    [Role.Migrant, `/ky/applications/${ID}`],
    [Role.Migrant, `/ky/applications/${ID}/letter`],
    [Role.Migrant, `/uz/vacancies/${ID}`],
    [Role.Migrant, '/tg/profile'],
    [Role.Employer, `/ru/employer/vacancies/${ID}/applicants`],
    [Role.Employer, `/ru/employer/vacancies/${ID}/edit`],
    [Role.Employer, `/ru/employer/batches/${ID}`],
    [Role.Employer, '/ru/employer/company'],
    [Role.Attache, `/ru/attache/batches/${ID}`],
    [Role.Attache, `/ru/attache/companies/${ID}`],
  ])('lands a %s who follows a message to %s on its page', async (role, url) => {
    await start(role);
    await harness.navigateByUrl(url);
    expect(router.url).toBe(url);
    expect(harness.routeNativeElement?.querySelector('[data-testid="not-found"]')).toBeNull();
  });

  it.each([
    `/ru/reset-password/${'A'.repeat(43)}`,
    `/ky/account-setup/${'B'.repeat(43)}`,
    '/uz/forgot-password',
    `/tg/verify-email/${'C'.repeat(43)}`,
    `/en/invitations/${'D'.repeat(43)}`,
  ])('lands a signed-out follower of a password, e-mail confirmation or invitation message (or the set-up link) on %s', async (url) => {
    await start();
    await harness.navigateByUrl(url);
    expect(router.url).toBe(url);
    expect(harness.routeNativeElement?.querySelector('[data-testid="not-found"]')).toBeNull();
  });

  it('sends the signed-out follower of a letter link to sign in, with the letter as the way back', async () => {
    await start();
    await harness.navigateByUrl(`/ky/applications/${ID}/letter`);
    expect(router.url).toBe(`/ky/login?returnUrl=${encodeURIComponent(`/ky/applications/${ID}/letter`)}`);
  });
});
