import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { ApplicationStatus, Role, type MyApplicationView } from '@jumush/contracts/client';
import { authInterceptor } from '../../core/auth/auth.interceptor';
import { AuthService } from '../../core/auth/auth.service';
import { languageGuard } from '../../core/i18n/language.guard';
import { aSession, anAccount } from '../../testing/fixtures';
import { useRealTranslations } from '../../testing/translations';
import { GetHelpNow } from './get-help-now';

@Component({ selector: 'jm-host', imports: [GetHelpNow], template: '<jm-get-help-now />' })
class Host {}

const application = (status: ApplicationStatus, regionCode = '77') =>
  ({ id: `a-${status}`, status, vacancy: { regionCode } }) as unknown as MyApplicationView;

describe('GetHelpNow', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: ':lang', canActivate: [languageGuard], children: [{ path: 'home', component: Host }] }]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideTranslateService(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    useRealTranslations('ky');
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => backend.verify());

  async function render(role: Role, applications: MyApplicationView[]): Promise<HTMLElement> {
    const auth = TestBed.inject(AuthService);
    const restored = auth.restoreSession();
    backend.expectOne('/api/auth/refresh').flush(aSession('t', anAccount({ role })));
    await restored;
    await harness.navigateByUrl('/ky/home');
    for (const request of backend.match('/api/applications/mine')) if (!request.cancelled) request.flush(applications);
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
    return harness.routeNativeElement as HTMLElement;
  }

  it('shows a keyboard-reachable link to the help once the migrant has departed', async () => {
    const page = await render(Role.Migrant, [application(ApplicationStatus.Submitted, '16'), application(ApplicationStatus.Arrived)]);
    const link = page.querySelector<HTMLAnchorElement>('[data-testid="get-help-now"]');
    expect(link?.tagName).toBe('A');
    expect(link?.getAttribute('href')).toBe('/ky/help');
    expect(link?.textContent).toContain('Азыр жардам алуу');
  });

  it.each([[ApplicationStatus.Approved], [ApplicationStatus.NoShow], [ApplicationStatus.Withdrawn]])(
    'stays hidden while no application has departed (%s)',
    async (status) => {
      const page = await render(Role.Migrant, [application(status)]);
      expect(page.querySelector('[data-testid="get-help-now"]')).toBeNull();
    },
  );

  it('never shows, nor asks, for anyone but a migrant', async () => {
    const page = await render(Role.Employer, [application(ApplicationStatus.Departed)]);
    expect(page.querySelector('[data-testid="get-help-now"]')).toBeNull();
  });
});
