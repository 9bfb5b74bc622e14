import { signal } from '@angular/core';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { Locale, Role, type AdminAccountView, type OriginCountryView, type Page } from '@jumush/contracts/client';
import { AuthService } from '../../core/auth/auth.service';
import { ORIGIN_COUNTRY_VIEWS } from '../../testing/origin-countries';
import { useRealTranslations } from '../../testing/translations';
import { AdminAccounts, ROLES, ROLE_KEYS } from './admin-accounts';

// The first render of the page (its forms, 89 region checkboxes) is slow on a shared CI machine.
jest.setTimeout(30_000);

function pageOf<T>(items: T[], total = items.length): Page<T> {
  return { items, total, page: 1, pageSize: 20 };
}

const countries: OriginCountryView[] = ORIGIN_COUNTRY_VIEWS.filter((country) => country.code === 'KG' || country.code === 'UZ');

const account = (changes: Partial<AdminAccountView> = {}): AdminAccountView => ({
  id: 'a1',
  role: Role.Attache,
  phone: null,
  email: 'attache.uz@demo.jumush.kg',
  fullName: 'Дилноза Каримова',
  originCountry: 'UZ',
  coveredRegions: ['78'],
  locale: Locale.Uzbek,
  emailVerifiedAt: '2026-11-01T00:00:00Z',
  phoneVerifiedAt: null,
  twoFactorEnabledAt: '2026-11-01T00:00:00Z',
  createdAt: '2026-11-01T00:00:00Z',
  disabledAt: null,
  supervisedCountries: [],
  ...changes,
});

describe('AdminAccounts page', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'ru/admin/accounts', component: AdminAccounts }]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
        { provide: AuthService, useValue: { account: signal({ id: 'me', role: Role.Admin }) } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    useRealTranslations('ru');
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => backend.verify());

  const page = () => harness.routeNativeElement as HTMLElement;
  const byTestId = <T extends HTMLElement>(id: string) => {
    const element = page().querySelector<T>(`[data-testid="${id}"]`);
    if (!element) throw new Error(`no ${id}`);
    return element;
  };
  async function open(items: AdminAccountView[], total = items.length): Promise<void> {
    await harness.navigateByUrl('/ru/admin/accounts');
    backend.expectOne('/api/origin-countries').flush(countries);
    backend.expectOne((r) => r.url === '/api/admin/accounts' && r.params.get('page') === '1' && !r.params.has('q')).flush(pageOf(items, total));
    await harness.fixture.whenStable();
  }

  it('names every role literally', () => {
    expect(Object.keys(ROLE_KEYS).sort()).toEqual([...ROLES].sort());
  });

  it('lists accounts with role, country, regions and state, and says so when none match', async () => {
    await open(
      [
        account(),
        account({
          id: 'a2',
          role: Role.Migrant,
          phone: '+996555000001',
          email: null,
          fullName: null,
          originCountry: 'KG',
          coveredRegions: null,
          disabledAt: '2026-11-20T00:00:00Z',
        }),
      ],
      2,
    );
    const rows = page().querySelectorAll('[data-testid="account"]');
    expect(rows).toHaveLength(2);
    expect(rows[0]?.textContent).toContain('Дилноза Каримова');
    expect(rows[0]?.textContent).toContain('Атташе по труду');
    expect(rows[0]?.textContent).toContain('Узбекистан');
    expect(rows[0]?.querySelector('[data-testid="account-regions"]')?.textContent).toContain('Санкт-Петербург');
    expect(rows[1]?.querySelector('[data-testid="account-disabled"]')).not.toBeNull();
    expect(rows[1]?.querySelector('[data-testid="enable-account"]')).not.toBeNull();
    expect(rows[1]?.querySelector('[data-testid="disable-account"]')).toBeNull();
    expect(page().textContent).toContain('Найдено: 2');

    const search = byTestId<HTMLInputElement>('accounts-search');
    search.value = '  0555 000 ';
    search.dispatchEvent(new Event('input'));
    const role = byTestId<HTMLSelectElement>('accounts-role');
    role.value = Role.Migrant;
    role.dispatchEvent(new Event('change'));
    const country = byTestId<HTMLSelectElement>('accounts-country');
    country.value = 'KG';
    country.dispatchEvent(new Event('change'));
    byTestId<HTMLButtonElement>('accounts-search-submit').click();
    await harness.fixture.whenStable();
    backend
      .expectOne(
        (r) =>
          r.url === '/api/admin/accounts' &&
          r.params.get('q') === '0555 000' &&
          r.params.get('role') === 'MIGRANT' &&
          r.params.get('country') === 'KG',
      )
      .flush(pageOf<AdminAccountView>([]));
    await harness.fixture.whenStable();
    expect(byTestId('no-accounts').textContent).toContain('Учётных записей по этому запросу нет');
  });

  it('offers no disabling of the admin’s own account', async () => {
    await open([account({ id: 'me', role: Role.Admin, originCountry: null, coveredRegions: null })]);
    expect(page().querySelector('[data-testid="disable-account"]')).toBeNull();
    expect(page().querySelector('[data-testid="revoke-sessions"]')).not.toBeNull();
  });

  it('shows which countries an admin supervises and saves the ticked ones (attachés have none to set)', async () => {
    const admin = account({ id: 'a9', role: Role.Admin, email: 'boss@jumush.kg', fullName: 'Айбек', originCountry: null, coveredRegions: null });
    await open([account(), admin]);
    const rows = Array.from(page().querySelectorAll<HTMLElement>('[data-testid="account"]'));
    expect(rows[0].querySelector('[data-testid="edit-supervision"]')).toBeNull();
    expect(rows[1].querySelector('[data-testid="account-supervised"]')?.textContent).toContain('Курирует все страны');
    (rows[1].querySelector('[data-testid="edit-supervision"]') as HTMLButtonElement).click();
    await harness.fixture.whenStable();
    byTestId<HTMLInputElement>('supervise-KG').click();
    await harness.fixture.whenStable();
    byTestId<HTMLButtonElement>('save-supervision').click();
    const request = backend.expectOne({ method: 'PUT', url: '/api/admin/accounts/a9/supervised-countries' });
    expect(request.request.body).toEqual({ countries: ['KG'] });
    request.flush({ ...admin, supervisedCountries: ['KG'] });
    await harness.fixture.whenStable();
    backend.expectOne((r) => r.url === '/api/admin/accounts').flush(pageOf([account(), { ...admin, supervisedCountries: ['KG'] }]));
    await harness.fixture.whenStable();
    expect(byTestId('account-action-done').textContent).toContain('Айбек');
    const supervised = page().querySelectorAll<HTMLElement>('[data-testid="account-supervised"]')[0];
    expect(supervised.textContent).toContain('Курирует:');
    expect(supervised.textContent).not.toContain('KG');
  });

  it('disables after a second, explicit click and reloads; ends sessions and says how many', async () => {
    await open([account()]);
    byTestId<HTMLButtonElement>('disable-account').click();
    await harness.fixture.whenStable();
    backend.expectNone('/api/admin/accounts/a1/disable');
    byTestId<HTMLButtonElement>('confirm-account-action').click();
    backend.expectOne({ method: 'POST', url: '/api/admin/accounts/a1/disable' }).flush(null, { status: 204, statusText: 'No Content' });
    await harness.fixture.whenStable();
    backend.expectOne((r) => r.url === '/api/admin/accounts').flush(pageOf([account({ disabledAt: '2026-12-02T10:00:00Z' })]));
    await harness.fixture.whenStable();
    expect(byTestId('account-action-done').textContent).toContain('Дилноза Каримова');
    expect(page().querySelector('[data-testid="account-disabled"]')).not.toBeNull();

    byTestId<HTMLButtonElement>('revoke-sessions').click();
    await harness.fixture.whenStable();
    byTestId<HTMLButtonElement>('confirm-account-action').click();
    backend.expectOne({ method: 'POST', url: '/api/admin/accounts/a1/sessions/revoke' }).flush({ revoked: 3 });
    await harness.fixture.whenStable();
    backend.expectOne((r) => r.url === '/api/admin/accounts').flush(pageOf([account()]));
    await harness.fixture.whenStable();
    expect(byTestId('account-action-done').textContent).toContain('3');
  });

  it('shows whether a staff account has two-factor sign-in, and offers its reset only to an enrolled staff account not the admin’s own', async () => {
    await open([
      account(),
      account({ id: 'a2', email: 'new.attache@demo.jumush.kg', twoFactorEnabledAt: null }),
      account({ id: 'me', role: Role.Admin, originCountry: null, coveredRegions: null }),
      account({
        id: 'm1',
        role: Role.Migrant,
        email: null,
        phone: '+996555000001',
        originCountry: 'KG',
        coveredRegions: null,
        twoFactorEnabledAt: null,
      }),
    ]);
    const rows = Array.from(page().querySelectorAll<HTMLElement>('[data-testid="account"]'));
    const twoFactor = rows.map((row) => row.querySelector('[data-testid="account-two-factor"]') as HTMLElement | null);
    expect(twoFactor[0]?.dataset['enrolled']).toBe('yes');
    expect(twoFactor[0]?.textContent).toContain('Двухфакторный вход включён');
    expect(twoFactor[1]?.dataset['enrolled']).toBe('no');
    expect(twoFactor[1]?.textContent).toContain('не настроен');
    expect(twoFactor[3]).toBeNull();
    const resets = rows.map((row) => row.querySelector('[data-testid="reset-two-factor"]'));
    expect(resets.map((button) => button !== null)).toEqual([true, false, false, false]);
  });

  it('resets an attaché’s two-factor after a second, explicit click, says so and reloads', async () => {
    await open([account()]);
    byTestId<HTMLButtonElement>('reset-two-factor').click();
    await harness.fixture.whenStable();
    backend.expectNone('/api/admin/accounts/a1/two-factor/reset');
    expect(byTestId('confirm-account-action').textContent).toContain('Да, сбросить');
    byTestId<HTMLButtonElement>('confirm-account-action').click();
    backend.expectOne({ method: 'POST', url: '/api/admin/accounts/a1/two-factor/reset' }).flush(null, { status: 204, statusText: 'No Content' });
    await harness.fixture.whenStable();
    backend.expectOne((r) => r.url === '/api/admin/accounts').flush(pageOf([account({ twoFactorEnabledAt: null })]));
    await harness.fixture.whenStable();
    expect(byTestId('account-action-done').textContent).toContain('Двухфакторный вход Дилноза Каримова сброшен');
    expect(byTestId('account-two-factor').dataset['enrolled']).toBe('no');
    expect(page().querySelector('[data-testid="reset-two-factor"]')).toBeNull();
  });

  it('shows a refused action', async () => {
    await open([account()]);
    byTestId<HTMLButtonElement>('disable-account').click();
    await harness.fixture.whenStable();
    byTestId<HTMLButtonElement>('confirm-account-action').click();
    backend
      .expectOne('/api/admin/accounts/a1/disable')
      .flush({ status: 409, code: 'account.cannotDisableSelf', title: 'Conflict' }, { status: 409, statusText: 'Conflict' });
    await harness.fixture.whenStable();
    expect(page().textContent).toContain('может отключить только другой администратор');
  });

  it('creates an attaché for a country with regions and no password; the API’s field errors land on their fields', async () => {
    await open([]);
    byTestId<HTMLButtonElement>('create-attache').click();
    await harness.fixture.whenStable();
    backend.expectNone('/api/admin/accounts/attaches');
    expect(page().querySelector('#attache-country-error')?.textContent?.trim()).not.toBe('');

    const type = (selector: string, value: string) => {
      const input = page().querySelector<HTMLInputElement | HTMLSelectElement>(selector);
      if (!input) throw new Error(`no ${selector}`);
      input.value = value;
      input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
    };
    type('#attache-email', ' New.Attache@Example.org ');
    type('#attache-name', 'Дилноза Каримова');
    type('#attache-country', 'UZ');
    type('#attache-locale', 'uz');
    for (const code of ['78', '47']) page().querySelector<HTMLInputElement>(`[data-region="${code}"]`)?.click();
    page().querySelector<HTMLInputElement>('[data-region="77"]')?.click();
    page().querySelector<HTMLInputElement>('[data-region="77"]')?.click();
    byTestId<HTMLButtonElement>('create-attache').click();
    const taken = backend.expectOne({ method: 'POST', url: '/api/admin/accounts/attaches' });
    expect(taken.request.body).toEqual({
      email: 'new.attache@example.org',
      fullName: 'Дилноза Каримова',
      originCountry: 'UZ',
      coveredRegions: ['78', '47'],
      locale: 'uz',
    });
    expect(taken.request.body).not.toHaveProperty('password');
    taken.flush(
      { status: 409, code: 'validation.failed', title: 'Conflict', errors: [{ field: 'email', code: 'account.emailTaken', message: 'taken' }] },
      { status: 409, statusText: 'Conflict' },
    );
    await harness.fixture.whenStable();
    expect(page().textContent).toContain('Этот адрес уже зарегистрирован');

    type('#attache-email', 'other@example.org');
    byTestId<HTMLButtonElement>('create-attache').click();
    backend.expectOne('/api/admin/accounts/attaches').flush(account({ id: 'a9', email: 'other@example.org' }));
    await harness.fixture.whenStable();
    backend.expectOne((r) => r.url === '/api/admin/accounts').flush(pageOf([account({ id: 'a9', email: 'other@example.org' })]));
    await harness.fixture.whenStable();
    expect(byTestId('attache-created').textContent).toContain('other@example.org');
  });

  it('shows a failed load with a retry', async () => {
    await harness.navigateByUrl('/ru/admin/accounts');
    backend.expectOne('/api/origin-countries').flush(countries);
    backend.expectOne((r) => r.url === '/api/admin/accounts').flush(null, { status: 500, statusText: 'Server Error' });
    await harness.fixture.whenStable();
    expect(page().querySelector('[data-testid="load-problem"]')).not.toBeNull();
  });
});
