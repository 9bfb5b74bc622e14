import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTranslateService } from '@ngx-translate/core';
import type { HelpContactView, MyHelpView } from '@jumush/contracts/client';
import { languageGuard } from '../../core/i18n/language.guard';
import { useRealTranslations } from '../../testing/translations';
import { HelpPage } from './help-page';

function aHelpContact(overrides: Partial<HelpContactView> = {}): HelpContactView {
  return {
    id: 'h1',
    name: 'Кыргыз борбору',
    kind: 'NGO',
    regions: ['77'],
    languages: ['ky', 'ru'],
    phone: '+7 (495) 000-11-22',
    address: 'Москва, ул. Примерная, 5',
    website: 'https://example.org/kg',
    hours: { mon: '09:00–18:00', sat: '10:00–14:00' },
    originCountries: ['KG'],
    demo: false,
    editable: false,
    updatedAt: '2026-03-01T10:00:00Z',
    ...overrides,
  };
}

describe('HelpPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: ':lang', canActivate: [languageGuard], children: [{ path: 'help', component: HelpPage }] }],
          withComponentInputBinding(),
        ),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    useRealTranslations('ky');
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => backend.verify());

  const page = () => harness.routeNativeElement as HTMLElement;

  async function open(answer: MyHelpView): Promise<void> {
    await harness.navigateByUrl('/ky/help');
    const request = backend.expectOne((r) => r.url === '/api/help/mine');
    // The reader's language orders the list (and keys the offline cache).
    expect(request.request.params.get('lang')).toBe('ky');
    request.flush(answer);
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
  }

  it('lists the help for the job’s region in the API’s order, in Kyrgyz, with a tap-to-call number and the hours', async () => {
    await open({
      regionCode: '77',
      contacts: [
        aHelpContact(),
        aHelpContact({ id: 'h2', name: 'Демо: ышкын линия', kind: 'HOTLINE', regions: [], demo: true, address: null, website: null }),
      ],
    });
    expect(page().querySelector('h1')?.textContent).toContain('Жакын жердеги жардам');
    expect(page().querySelector('[data-testid="help-region"]')?.textContent).toContain('Москва');
    const items = Array.from(page().querySelectorAll('[data-testid="help-contact"]'));
    expect(items.map((item) => item.querySelector('h2')?.textContent?.trim())).toEqual(['Кыргыз борбору', 'Демо: ышкын линия']);
    expect(items[0]?.getAttribute('aria-labelledby')).toBe('help-h1');
    expect(items[0]?.querySelector('[data-testid="help-kind"]')?.textContent).toBe('Коомдук уюм');
    expect(items[0]?.querySelector('[data-testid="help-phone"]')?.getAttribute('href')).toBe('tel:+74950001122');
    expect(items[0]?.querySelector('[data-testid="help-languages"]')?.textContent).toContain('Кыргызча');
    expect(items[0]?.textContent).toContain('Дш: 09:00–18:00');
    expect(items[0]?.querySelector('[data-testid="help-demo"]')).toBeNull();
    expect(items[1]?.querySelector('[data-testid="help-demo"]')?.textContent).toBe('Көрсөтмө жазуу');
    expect(items[1]?.textContent).toContain('Бүт Россия');
    expect(page().querySelector('[data-testid="help-open-grievance"]')?.getAttribute('href')).toBe('/ky/grievances/new');
  });

  it('says when there is nothing for the region, and that help comes once the migrant has departed', async () => {
    await open({ regionCode: '16', contacts: [] });
    expect(page().querySelector('[data-testid="help-empty"]')?.textContent).toContain('азырынча байланыштар жок');
    await harness.navigateByUrl('/ru/help');
    backend.expectOne((r) => r.url === '/api/help/mine' && r.params.get('lang') === 'ru').flush({ regionCode: null, contacts: [] });
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
    expect(page().querySelector('[data-testid="help-not-departed"]')).not.toBeNull();
    expect(page().querySelector('[data-testid="help-contact"]')).toBeNull();
  });
});
