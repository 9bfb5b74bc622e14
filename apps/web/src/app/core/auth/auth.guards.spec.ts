import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { type ActivatedRouteSnapshot, Router, type RouterStateSnapshot, UrlTree, convertToParamMap, provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { Role } from '@jumush/contracts/client';
import { UNAUTHORIZED, aSession, anAccount } from '../../testing/fixtures';
import { requireRole, requireSignedOut } from './auth.guards';

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

  async function run(guard: ReturnType<typeof requireRole>, session: 'none' | Role, query: Record<string, string> = {}) {
    const result = TestBed.runInInjectionContext(() => guard(routeWithLang('ky', query), { url: '/ky/home' } as RouterStateSnapshot)) as Promise<
      boolean | UrlTree
    >;
    const refresh = backend.expectOne('/api/auth/refresh');
    if (session === 'none') refresh.flush(null, UNAUTHORIZED);
    else refresh.flush(aSession('t', anAccount({ role: session })));
    const value = await result;
    return value instanceof UrlTree ? router.serializeUrl(value) : value;
  }

  it('requireRole waits for the session and sends the signed-out to login with a return URL', async () => {
    expect(await run(requireRole(Role.Migrant), 'none')).toBe('/ky/login?returnUrl=%2Fky%2Fhome');
  });

  it('requireRole admits the listed roles', async () => {
    expect(await run(requireRole(Role.Attache, Role.Admin), Role.Admin)).toBe(true);
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
