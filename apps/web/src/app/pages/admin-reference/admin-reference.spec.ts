import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTranslateService } from '@ngx-translate/core';
import type { MinimumWageView } from '@jumush/contracts/client';
import { useRealTranslations } from '../../testing/translations';
import { AdminReference } from './admin-reference';

jest.setTimeout(30_000);

const federal: MinimumWageView = {
  id: 'w1',
  regionCode: null,
  monthlyRoubles: 27_093,
  effectiveFrom: '2026-01-01',
  source: 'Федеральный закон от 28.11.2025 № 429-ФЗ',
  updatedAt: '2026-01-01T00:00:00Z',
};
const moscow: MinimumWageView = {
  ...federal,
  id: 'w2',
  regionCode: '77',
  monthlyRoubles: 39_730,
  source: 'Соглашение о минимальной заработной плате в городе Москве на 2026 год',
};

describe('AdminReference page', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'ru/admin/reference', component: AdminReference }]),
        provideHttpClient(),
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
  const type = (selector: string, value: string) => {
    const input = page().querySelector<HTMLInputElement | HTMLSelectElement>(selector);
    if (!input) throw new Error(`no ${selector}`);
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
  };
  async function open(rows: MinimumWageView[]): Promise<void> {
    await harness.navigateByUrl('/ru/admin/reference');
    backend.expectOne('/api/admin/reference/minimum-wages').flush(rows);
    await harness.fixture.whenStable();
  }

  it('lists each figure with its region, amount, date and legal act; says so when there is none', async () => {
    await open([federal, moscow]);
    const rows = page().querySelectorAll('[data-testid="minimum-wage"]');
    expect(rows).toHaveLength(2);
    expect(rows[0]?.textContent).toContain('Вся Россия (МРОТ)');
    expect(rows[0]?.textContent).toContain('429-ФЗ');
    expect(rows[1]?.textContent).toContain('Москва');
  });

  it('says so when there is no figure', async () => {
    await open([]);
    expect(page().querySelector('[data-testid="no-minimum-wages"]')?.textContent).toContain('Минимальных зарплат пока нет');
  });

  it('checks the fields before sending, then adds a regional figure and reloads', async () => {
    await open([federal]);
    type('#wage-amount', '12.5');
    type('#wage-from', '2019-01-01');
    page().querySelector<HTMLButtonElement>('[data-testid="save-minimum-wage"]')?.click();
    await harness.fixture.whenStable();
    backend.expectNone('/api/admin/reference/minimum-wages');
    expect(page().textContent).toContain('таблица начинается с 2020 года');

    type('#wage-region', '78');
    type('#wage-amount', '30000');
    type('#wage-from', '2027-01-01');
    type('#wage-source', 'Региональное соглашение на 2027 год');
    page().querySelector<HTMLButtonElement>('[data-testid="save-minimum-wage"]')?.click();
    const sent = backend.expectOne({ method: 'POST', url: '/api/admin/reference/minimum-wages' });
    expect(sent.request.body).toEqual({
      regionCode: '78',
      monthlyRoubles: 30_000,
      effectiveFrom: '2027-01-01',
      source: 'Региональное соглашение на 2027 год',
    });
    sent.flush({ ...federal, id: 'w3', regionCode: '78', monthlyRoubles: 30_000, effectiveFrom: '2027-01-01' });
    await harness.fixture.whenStable();
    backend.expectOne('/api/admin/reference/minimum-wages').flush([federal]);
    await harness.fixture.whenStable();
    expect(page().querySelector('[data-testid="minimum-wage-saved"]')?.textContent).toContain('Сохранено');
  });

  it('corrects a figure and shows the API’s field error on its field', async () => {
    await open([federal, moscow]);
    page().querySelectorAll<HTMLButtonElement>('[data-testid="edit-minimum-wage"]')[1]?.click();
    await harness.fixture.whenStable();
    expect(page().querySelector<HTMLInputElement>('#wage-amount')?.value).toBe('39730');
    type('#wage-amount', '40000');
    page().querySelector<HTMLButtonElement>('[data-testid="save-minimum-wage"]')?.click();
    const sent = backend.expectOne({ method: 'PUT', url: '/api/admin/reference/minimum-wages/w2' });
    expect(sent.request.body).toMatchObject({ regionCode: '77', monthlyRoubles: 40_000 });
    sent.flush(
      { status: 409, code: 'validation.failed', title: 'Conflict', errors: [{ field: 'effectiveFrom', code: 'wage.duplicate', message: 'dup' }] },
      { status: 409, statusText: 'Conflict' },
    );
    await harness.fixture.whenStable();
    expect(page().textContent).toContain('уже есть минимальная зарплата с этой даты');
  });

  it('shows a failed load with a retry', async () => {
    await harness.navigateByUrl('/ru/admin/reference');
    backend.expectOne('/api/admin/reference/minimum-wages').flush(null, { status: 500, statusText: 'Server Error' });
    await harness.fixture.whenStable();
    expect(page().querySelector('[data-testid="load-problem"]')).not.toBeNull();
  });
});
