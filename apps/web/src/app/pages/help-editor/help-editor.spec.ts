import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { Role, type HelpContactView } from '@jumush/contracts/client';
import { authInterceptor } from '../../core/auth/auth.interceptor';
import { AuthService } from '../../core/auth/auth.service';
import { languageGuard } from '../../core/i18n/language.guard';
import { aSession, anAccount, problemBody } from '../../testing/fixtures';
import { useRealTranslations } from '../../testing/translations';
import { HelpEditor } from './help-editor';

// The form lists every Russian region: a loaded machine renders it slowly.
jest.setTimeout(30_000);

function aHelpContact(overrides: Partial<HelpContactView> = {}): HelpContactView {
  return {
    id: 'h1',
    name: 'Кыргыз борбору',
    kind: 'NGO',
    regions: ['77'],
    languages: ['ky', 'ru'],
    phone: '+7 495 000-11-22',
    address: null,
    website: null,
    hours: { mon: '09:00–18:00' },
    originCountries: ['KG'],
    demo: false,
    editable: true,
    updatedAt: '2026-03-01T10:00:00Z',
    ...overrides,
  };
}

const ownEntry = aHelpContact();
const everyCountry = aHelpContact({ id: 'h2', name: 'Горячая линия', kind: 'HOTLINE', regions: [], originCountries: [], editable: false });

describe('HelpEditor', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  async function signIn(role: Role): Promise<void> {
    const auth = TestBed.inject(AuthService);
    const restored = auth.restoreSession();
    backend.expectOne('/api/auth/refresh').flush(aSession('t', anAccount({ role, originCountry: role === Role.Attache ? 'KG' : null })));
    await restored;
  }

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: ':lang', canActivate: [languageGuard], children: [{ path: 'attache/help', component: HelpEditor }] }],
          withComponentInputBinding(),
        ),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideTranslateService(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    useRealTranslations('ru');
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => backend.verify());

  const page = () => harness.routeNativeElement as HTMLElement;
  const settle = async () => {
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
  };
  const type = (selector: string, value: string) => {
    const input = page().querySelector<HTMLInputElement>(selector) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };

  async function open(role: Role, list: HelpContactView[]): Promise<void> {
    await signIn(role);
    await harness.navigateByUrl('/ru/attache/help');
    backend.expectOne('/api/help-contacts').flush(list);
    await settle();
  }

  it('lets an attaché change and delete only their country’s entries', async () => {
    await open(Role.Attache, [ownEntry, everyCountry]);
    const items = Array.from(page().querySelectorAll('[data-testid="help-editor-item"]'));
    expect(items.map((item) => item.getAttribute('data-id'))).toEqual(['h1', 'h2']);
    expect(items[0]?.querySelector('[data-testid="help-edit"]')).not.toBeNull();
    expect(items[1]?.querySelector('[data-testid="help-edit"]')).toBeNull();
    expect(items[1]?.textContent).toContain('Эту запись ведёт администратор.');
    // An attaché does not choose the countries: their entry serves their own.
    expect(page().querySelector('#help-countries')).toBeNull();

    (items[0]?.querySelector('[data-testid="help-delete"]') as HTMLButtonElement).click();
    const removed = backend.expectOne('/api/help-contacts/h1');
    expect(removed.request.method).toBe('DELETE');
    removed.flush(null);
    await settle();
    backend.expectOne('/api/help-contacts').flush([everyCountry]);
    await settle();
    expect(page().querySelectorAll('[data-testid="help-editor-item"]')).toHaveLength(1);
  });

  it('adds an entry, showing the API’s field errors beside the fields, then lists it', async () => {
    await open(Role.Attache, []);
    expect(page().querySelector('[data-testid="help-editor-empty"]')).not.toBeNull();
    // Every input has its label.
    for (const input of Array.from(page().querySelectorAll('form input, form select')))
      expect(page().querySelector(`label[for="${input.id}"]`)?.textContent?.trim()).toBeTruthy();

    type('#help-name', 'Центр помощи');
    type('#help-phone', 'звоните');
    type('#help-hours-mon', '09:00–18:00');
    (page().querySelector('#help-language-ky') as HTMLInputElement).click();
    await settle();
    (page().querySelector('[data-testid="help-save"]') as HTMLButtonElement).click();
    const refused = backend.expectOne('/api/help-contacts');
    expect(refused.request.method).toBe('POST');
    expect(refused.request.body).toEqual({
      name: 'Центр помощи',
      kind: 'HOTLINE',
      regions: [],
      languages: ['ru', 'ky'],
      phone: 'звоните',
      address: null,
      website: null,
      hours: { mon: '09:00–18:00' },
    });
    refused.flush(problemBody(400, 'validation.failed', { errors: [{ field: 'phone', code: 'help.noContact', message: '' }] }), {
      status: 400,
      statusText: 'Bad Request',
    });
    await settle();
    expect(page().querySelector('[data-testid="help-phone-error"]')?.textContent).toContain('Укажите телефон, адрес или сайт.');
    expect(page().querySelector('#help-phone')?.getAttribute('aria-invalid')).toBe('true');

    type('#help-phone', '+7 495 000-11-22');
    (page().querySelector('[data-testid="help-save"]') as HTMLButtonElement).click();
    backend.expectOne((r) => r.method === 'POST' && r.url === '/api/help-contacts').flush(ownEntry);
    await settle();
    backend.expectOne((r) => r.method === 'GET' && r.url === '/api/help-contacts').flush([ownEntry]);
    await settle();
    expect(page().querySelectorAll('[data-testid="help-editor-item"]')).toHaveLength(1);
    expect(page().querySelector<HTMLInputElement>('#help-name')?.value).toBe('');
  });

  it('lets the admin edit any entry and choose the countries it serves', async () => {
    await open(Role.Admin, [aHelpContact({ ...everyCountry, editable: true })]);
    (page().querySelector('[data-testid="help-edit"]') as HTMLButtonElement).click();
    await settle();
    expect(page().querySelector<HTMLInputElement>('#help-name')?.value).toBe('Горячая линия');
    type('#help-countries', 'kg, uz');
    (page().querySelector('[data-testid="help-save"]') as HTMLButtonElement).click();
    const saved = backend.expectOne('/api/help-contacts/h2');
    expect(saved.request.method).toBe('PUT');
    expect(saved.request.body).toMatchObject({ name: 'Горячая линия', kind: 'HOTLINE', originCountries: ['KG', 'UZ'], languages: ['ru', 'ky'] });
    saved.flush(everyCountry);
    await settle();
    backend.expectOne('/api/help-contacts').flush([everyCountry]);
    await settle();
  });
});
