import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { Role } from '@jumush/contracts/client';
import { App } from './app';
import { appRoutes } from './app.routes';
import { authInterceptor } from './core/auth/auth.interceptor';
import { AuthService } from './core/auth/auth.service';
import { UNAUTHORIZED, aSession, anAccount } from './testing/fixtures';
import { useRealTranslations } from './testing/translations';

describe('App shell', () => {
  let backend: HttpTestingController;
  let auth: AuthService;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [App],
      providers: [
        provideRouter(appRoutes),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideTranslateService(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    auth = TestBed.inject(AuthService);
    useRealTranslations('ru');
  });

  afterEach(() => {
    // A signed-in migrant's shell asks whether they have departed ("Get help now"); not what these tests are about.
    for (const request of backend.match('/api/applications/mine')) if (!request.cancelled) request.flush([]);
    backend.verify();
  });

  async function render(session: 'none' | Role = 'none') {
    const harness = await RouterTestingHarness.create();
    const fixture = TestBed.createComponent(App);
    const restored = auth.restoreSession();
    const refresh = backend.expectOne('/api/auth/refresh');
    if (session === 'none') refresh.flush(null, UNAUTHORIZED);
    else refresh.flush(aSession('t', anAccount({ role: session, fullName: 'Айбек Садыков' })));
    await restored;
    await harness.navigateByUrl('/ru');
    await fixture.whenStable();
    // jsdom has no EventSource: the shell reads the unread count once instead.
    backend.match('/api/notifications/unread-count').forEach((r) => r.flush({ unreadCount: 3 }));
    await fixture.whenStable();
    return { fixture, harness, element: fixture.nativeElement as HTMLElement };
  }

  it('renders the brand, a skip link and the language switcher', async () => {
    const { element } = await render();
    expect(element.querySelector('.brand')?.textContent).toContain('Jumush');
    expect(element.querySelector('.skip-link')?.textContent?.trim()).toBe('Перейти к основному содержимому');
    const select = element.querySelector<HTMLSelectElement>('select#language-switcher');
    expect(select?.getAttribute('aria-label')).toBe('Язык интерфейса');
    expect(Array.from(select?.options ?? []).map((o) => o.textContent?.trim())).toEqual(['Кыргызча', 'Русский', 'Oʻzbekcha', 'Тоҷикӣ', 'English']);
    expect(select?.value).toBe('ru');
    expect(document.documentElement.lang).toBe('ru');
  });

  it('offers Login and Register when signed out', async () => {
    const { element } = await render();
    expect(element.querySelector('#nav-login')?.textContent?.trim()).toBe('Войти');
    expect(element.querySelector('#nav-register')?.textContent?.trim()).toBe('Регистрация');
    expect(element.querySelector('#logout-button')).toBeNull();
  });

  it('says at once when the phone goes offline, and stops saying it when the connection returns', async () => {
    const { fixture, element } = await render(Role.Migrant);
    expect(element.querySelector('[data-testid="offline-indicator"]')).toBeNull();
    window.dispatchEvent(new Event('offline'));
    await fixture.whenStable();
    const indicator = element.querySelector('[data-testid="offline-indicator"]');
    expect(indicator?.textContent).toContain('Нет подключения к интернету');
    expect(indicator?.closest('[role="status"]')).not.toBeNull();
    window.dispatchEvent(new Event('online'));
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="offline-indicator"]')).toBeNull();
  });

  it('links each role to its own pages in the top bar', async () => {
    const links = (element: HTMLElement) => Array.from(element.querySelectorAll('.main-nav a')).map((a) => [a.id, a.getAttribute('href')]);
    const signedOut = await render();
    expect(links(signedOut.element)).toEqual([
      ['nav-vacancies', '/ru/vacancies'],
      ['nav-saved', '/ru/saved'],
    ]);
  });

  it.each([
    [
      Role.Employer,
      [
        ['nav-company', '/ru/employer/company'],
        ['nav-employer-vacancies', '/ru/employer/vacancies'],
        ['nav-api-keys', '/ru/employer/api-keys'],
        ['nav-employer-webhooks', '/ru/employer/webhooks'],
      ],
    ],
    [
      Role.Attache,
      [
        ['nav-attache-companies', '/ru/attache/companies'],
        ['nav-attache-vacancies', '/ru/attache/vacancies'],
        ['nav-attache-batches', '/ru/attache/batches'],
        ['nav-attache-disputes', '/ru/attache/disputes'],
        ['nav-attache-grievances', '/ru/attache/grievances'],
        ['nav-attache-help', '/ru/attache/help'],
        ['nav-dashboard', '/ru/attache/dashboard'],
      ],
    ],
    [
      Role.Migrant,
      [
        ['nav-vacancies', '/ru/vacancies'],
        ['nav-saved', '/ru/saved'],
        ['nav-my-applications', '/ru/applications'],
        ['nav-profile', '/ru/profile'],
      ],
    ],
  ])('gives a %s its links', async (role, expected) => {
    const { element } = await render(role);
    expect(Array.from(element.querySelectorAll('.main-nav a')).map((a) => [a.id, a.getAttribute('href')])).toEqual(expected);
  });

  it('shows the unread notification count to the signed-in', async () => {
    const { element } = await render(Role.Migrant);
    expect(element.querySelector('[data-testid="unread-count"]')?.textContent?.trim()).toBe('3');
    expect(element.querySelector('#nav-notifications')?.getAttribute('href')).toBe('/ru/notifications');
  });

  it('shows the account and Logout when signed in; Logout signs out', async () => {
    const { element, fixture } = await render(Role.Employer);
    expect(element.querySelector('.account-name')?.textContent).toContain('Айбек Садыков');
    expect(element.querySelector('.account-role')?.textContent).toContain('Работодатель');
    element.querySelector<HTMLButtonElement>('#logout-button')?.click();
    backend.expectOne('/api/auth/logout').flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(auth.isSignedIn()).toBe(false);
    expect(element.querySelector('#nav-login')).not.toBeNull();
  });

  it('switching language keeps the page, stores the choice and tells the API when signed in', async () => {
    const { element, fixture, harness } = await render(Role.Migrant);
    await harness.navigateByUrl('/ru/home');
    await fixture.whenStable();

    const select = element.querySelector<HTMLSelectElement>('#language-switcher');
    if (!select) throw new Error('no language switcher');
    select.value = 'ky';
    select.dispatchEvent(new Event('change'));

    const patch = backend.expectOne('/api/accounts/me/locale');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ locale: 'ky' });
    patch.flush(null, { status: 500, statusText: 'Server Error' }); // ignored
    await fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/ky/home');
    expect(localStorage.getItem('jm.locale')).toBe('ky');
    expect(document.documentElement.lang).toBe('ky');
    expect(element.querySelector('#logout-button')?.textContent?.trim()).toBe('Чыгуу');
    expect(element.querySelector('[data-testid="home-migrant"] h1')?.textContent).toBe('Иш издөөчүнүн кабинети');
  });
});
