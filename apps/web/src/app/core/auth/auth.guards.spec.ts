import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { type ActivatedRouteSnapshot, Router, type RouterStateSnapshot, UrlTree, convertToParamMap, provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { Role } from '@jumush/contracts/client';
import { UNAUTHORIZED, aSession, anAccount } from '../../testing/fixtures';
import { requireRole, requireSignedIn, requireSignedOut } from './auth.guards';

function routeWithLang(lang: string, query: Record<string, string> = {}): ActivatedRouteSnapshot {
  const parent = { paramMap: convertToParamMap({ lang }) } as ActivatedRouteSnapshot;
  return { paramMap: convertToParamMap({}), queryParamMap: convertToParamMap(query), pathFromRoot: [parent] } as unknown as ActivatedRouteSnapshot;
}

describe('route guards', () => {
  let backend: HttpTestingController;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideTranslateService()],
    });
    backend = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
  });

  async function run(
    guard: ReturnType<typeof requireRole>,
    session: 'none' | Role,
    query: Record<string, string> = {},
    twoFactorEnabledAt: string | null | undefined = undefined,
  ) {
    const result = TestBed.runInInjectionContext(() => guard(routeWithLang('ky', query), { url: '/ky/home' } as RouterStateSnapshot)) as Promise<
      boolean | UrlTree
    >;
    const refresh = backend.expectOne('/api/auth/refresh');
    if (session === 'none') refresh.flush(null, UNAUTHORIZED);
    else refresh.flush(aSession('t', anAccount({ role: session, ...(twoFactorEnabledAt === undefined ? {} : { twoFactorEnabledAt }) })));
    const value = await result;
    return value instanceof UrlTree ? router.serializeUrl(value) : value;
  }

  it('requireRole waits for the session and sends the signed-out to login with a return URL', async () => {
    expect(await run(requireRole(Role.Migrant), 'none')).toBe('/ky/login?returnUrl=%2Fky%2Fhome');
  });

  it('requireRole admits the listed roles', async () => {
    expect(await run(requireRole(Role.Attache, Role.Admin), Role.Admin)).toBe(true);
  });

  it.each([Role.Attache, Role.Admin])('requireRole sends %s without two-factor to the enrolment, whatever the page', async (role) => {
    expect(await run(requireRole(Role.Attache, Role.Admin), role, {}, null)).toBe('/ky/two-factor?returnUrl=%2Fky%2Fhome');
  });

  it('requireSignedOut sends staff without two-factor to the enrolment', async () => {
    expect(await run(requireSignedOut as ReturnType<typeof requireRole>, Role.Admin, {}, null)).toBe('/ky/two-factor');
  });

  it('requireRole lets a migrant without two-factor through: optional for them', async () => {
    expect(await run(requireRole(Role.Migrant), Role.Migrant, {}, null)).toBe(true);
  });

  it('requireSignedIn admits staff who must still enrol (the enrolment page itself)', async () => {
    expect(await run(requireSignedIn as ReturnType<typeof requireRole>, Role.Admin, {}, null)).toBe(true);
  });

  it('requireRole sends another role to its own home page', async () => {
    expect(await run(requireRole(Role.Attache), Role.Employer)).toBe('/ky/home');
  });

  it('requireSignedOut sends the signed-in home and lets the others through', async () => {
    expect(await run(requireSignedOut as ReturnType<typeof requireRole>, Role.Migrant)).toBe('/ky/home');
  });

  it.each([
    ['/ky/applications/a1/letter', '/ky/applications/a1/letter'],
    ['/ky/login?returnUrl=%2Fky%2Fhome', '/ky/home'],
    ['//evil.example', '/ky/home'],
  ])('requireSignedOut sends the signed-in with returnUrl %s on to %s, never back to sign-in', async (returnUrl, expected) => {
    expect(await run(requireSignedOut as ReturnType<typeof requireRole>, Role.Migrant, { returnUrl })).toBe(expected);
  });

  it('requireSignedOut lets the signed-out through', async () => {
    expect(await run(requireSignedOut as ReturnType<typeof requireRole>, 'none')).toBe(true);
  });
});
