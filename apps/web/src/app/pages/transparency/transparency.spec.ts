import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import {
  OPEN_DATA_LICENCE,
  SuspensionCategory,
  type EmployerRegistryDataSet,
  type EmployerRegistryRow,
  type OpenVacanciesDataSet,
  type ProcessingTimesDataSet,
} from '@jumush/contracts/client';
import { useRealTranslations } from '../../testing/translations';
import { Transparency } from './transparency';

const envelope = { title: '', description: '', licence: OPEN_DATA_LICENCE, generatedAt: '2026-12-02T09:00:00Z', fields: {} };

const times: ProcessingTimesDataSet = {
  ...envelope,
  dataset: 'processing-times',
  rows: [
    {
      stage: 'BATCH_DECISION',
      country: 'KG',
      cases: { value: 12, withheld: false },
      medianDays: { value: 1.5, withheld: false },
      p90Days: { value: 3.2, withheld: false },
    },
    {
      stage: 'IN_BATCH',
      country: null,
      cases: { value: null, withheld: true },
      medianDays: { value: null, withheld: true },
      p90Days: { value: null, withheld: true },
    },
  ],
};

const vacancies: OpenVacanciesDataSet = {
  ...envelope,
  dataset: 'open-vacancies',
  rows: [
    { regionCode: '77', occupationCode: '7112', vacancies: 2, openPositions: 10 },
    { regionCode: '77', occupationCode: '8322', vacancies: 1, openPositions: 3 },
    { regionCode: '78', occupationCode: '7112', vacancies: 1, openPositions: 20 },
  ],
};

const employer = (index: number): EmployerRegistryRow => ({
  legalName: `ООО «Компания ${index}»`,
  inn: String(7700000000 + index),
  ogrn: '1027700132195',
  regionCode: '77',
  country: 'KG',
  status: index === 0 ? 'SUSPENDED' : 'VERIFIED',
  since: '2026-11-20',
  reliedOnCountry: index === 1 ? 'UZ' : null,
  suspensionCategory: index === 0 ? SuspensionCategory.WageViolation : null,
});

const registry = (count: number): EmployerRegistryDataSet => ({
  ...envelope,
  dataset: 'employers',
  rows: Array.from({ length: count }, (_, index) => employer(index)),
});

describe('Transparency page', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [Transparency],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideTranslateService()],
    });
    backend = TestBed.inject(HttpTestingController);
    useRealTranslations('en');
  });

  afterEach(() => backend.verify());

  async function show(employers: EmployerRegistryDataSet): Promise<{ page: HTMLElement; stable: () => Promise<void> }> {
    const fixture = TestBed.createComponent(Transparency);
    await fixture.whenStable();
    backend.expectOne('/api/open-data/processing-times').flush(times);
    backend.expectOne('/api/open-data/open-vacancies').flush(vacancies);
    backend.expectOne('/api/open-data/employers').flush(employers);
    backend.expectOne('/api/origin-countries').flush([
      { code: 'KG', names: { en: 'Kyrgyzstan', ru: 'Киргизия' } },
      { code: 'UZ', names: { en: 'Uzbekistan', ru: 'Узбекистан' } },
    ]);
    backend.expectOne('/api/public/open-data/snapshots').flush([
      {
        date: '2026-12-02',
        takenAt: '2026-12-01T21:00:00.000Z',
        auditHead: { seq: '42', hash: 'a'.repeat(64) },
        licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/', attribution: 'Jumush' },
        files: [
          {
            dataset: 'employers',
            json: '/api/public/open-data/snapshots/2026-12-02/employers.json',
            csv: '/api/public/open-data/snapshots/2026-12-02/employers.csv',
          },
        ],
      },
    ]);
    backend.expectOne('/api/reference/occupations').flush([
      { code: '7112', sector: 'CONSTRUCTION', names: { en: 'Bricklayer', ru: 'Каменщик' } },
      { code: '8322', sector: 'TRANSPORT', names: { en: 'Driver', ru: 'Водитель' } },
    ]);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    return { page, stable: () => fixture.whenStable() };
  }

  const rowsOf = (page: HTMLElement, testId: string) =>
    Array.from(page.querySelectorAll(`[data-testid="${testId}"] tbody tr`)).map((row) =>
      Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
    );

  // The page's locale is the LocaleService's (Russian here); the interface text is English (useRealTranslations).
  it('shows each stage with its country, cases and days, and says when a figure is withheld', async () => {
    const { page } = await show(registry(2));
    expect(rowsOf(page, 'processing-times')).toEqual([
      ['Batch decision by the attaché', 'Киргизия', '12', '1.5', '3.2'],
      ["Waiting for the attaché's decision", 'All countries', 'fewer than 5 cases: not shown'],
    ]);
  });

  it('sums vacancies and open positions by region and by occupation, most positions first', async () => {
    const { page } = await show(registry(2));
    expect(rowsOf(page, 'vacancies-by-region')).toEqual([
      ['Санкт-Петербург', '1', '20'],
      ['Москва', '3', '13'],
    ]);
    expect(rowsOf(page, 'vacancies-by-occupation')).toEqual([
      ['Каменщик', '3', '30'],
      ['Водитель', '1', '3'],
    ]);
  });

  it('lists the registry 50 at a time, with the status and the country relied on', async () => {
    const { page, stable } = await show(registry(60));
    const rows = rowsOf(page, 'employer-registry');
    expect(rows).toHaveLength(50);
    expect(rows[0]).toEqual([
      'ООО «Компания 0»',
      '7700000000',
      'Москва',
      'Киргизия',
      'Suspended Reason: Wage violations',
      expect.stringMatching(/2026/),
    ]);
    expect(page.querySelectorAll('[data-testid="suspension-category"]')).toHaveLength(1);
    expect(rows[1][3]).toBe('Киргизия relying on the verification of Узбекистан');
    const more = page.querySelector<HTMLButtonElement>('[data-testid="registry-more"]');
    expect(more?.textContent).toContain('10 left');
    more?.click();
    await stable();
    expect(rowsOf(page, 'employer-registry')).toHaveLength(60);
    expect(page.querySelector('[data-testid="registry-more"]')).toBeNull();
  });

  it('offers every data set as JSON and CSV, under CC BY 4.0', async () => {
    const { page } = await show(registry(1));
    expect(Array.from(page.querySelectorAll<HTMLAnchorElement>('[data-testid="download-csv"]')).map((link) => link.getAttribute('href'))).toEqual([
      '/api/open-data/processing-times.csv',
      '/api/open-data/open-vacancies.csv',
      '/api/open-data/employers.csv',
    ]);
    expect(page.querySelector('a[rel~="license"]')?.textContent).toContain('CC BY 4.0');
  });

  it('lists the daily snapshots with their files, the audit chain head and the licence', async () => {
    const { page } = await show(registry(2));
    const snapshots = page.querySelector('[data-testid="snapshots"]');
    expect(snapshots?.querySelector('a[href="/api/public/open-data/snapshots/2026-12-02/employers.csv"]')).not.toBeNull();
    expect(snapshots?.textContent).toContain('42');
    expect(snapshots?.textContent).toContain('CC BY 4.0');
  });
});
