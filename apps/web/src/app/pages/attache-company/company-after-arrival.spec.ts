import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideTranslateService } from '@ngx-translate/core';
import type { CompanyAfterArrivalView, FeeReportView } from '@jumush/contracts/client';
import { saveBlob } from '../../shared/data/download';
import { useRealTranslations } from '../../testing/translations';
import { CompanyAfterArrival } from './company-after-arrival';

// jsdom cannot follow a download link; what matters is which file is saved under which name.
jest.mock('../../shared/data/download', () => ({ saveBlob: jest.fn() }));

const fee = (id: string, receipt: FeeReportView['receipt']): FeeReportView => ({
  id,
  amountRoubles: 15_000,
  state: 'paid',
  intermediaryName: 'Бакыт',
  intermediaryPhone: null,
  happenedOn: '2026-11-01',
  createdAt: '2026-11-02T10:00:00Z',
  receipt,
});

describe('CompanyAfterArrival: receipts of fee reports', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<CompanyAfterArrival>;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    useRealTranslations('ru');
  });

  afterEach(() => backend.verify());

  it('links the receipt of the reports that have one, through the attaché route', async () => {
    fixture = TestBed.createComponent(CompanyAfterArrival);
    fixture.componentRef.setInput('companyId', 'c1');
    fixture.componentRef.setInput('lang', 'ru');
    fixture.detectChanges();
    const view: CompanyAfterArrivalView = {
      companyId: 'c1',
      termsReports: 0,
      differences: { wageBelow: 0, hoursAbove: 0, housingWorse: 0, housingNone: 0, contractSubstituted: 0, contractNone: 0 },
      feeReports: [fee('f1', { fileName: 'чек.jpg', contentType: 'image/jpeg', sizeBytes: 10, uploadedAt: '2026-11-02T11:00:00Z' }), fee('f2', null)],
      redFlags: [],
    };
    backend.expectOne('/api/attache/companies/c1/after-arrival').flush(view);
    await fixture.whenStable();
    fixture.detectChanges();
    const host = fixture.nativeElement as HTMLElement;
    const withReceipt = Array.from(host.querySelectorAll('[data-testid="fee-report"]')).map(
      (li) => li.querySelector('[data-testid="fee-receipt"]')?.textContent?.trim() ?? null,
    );
    expect(withReceipt).toEqual(['Квитанция', null]);
    host.querySelector<HTMLButtonElement>('[data-testid="fee-receipt"]')?.click();
    backend.expectOne({ method: 'GET', url: '/api/attache/fee-reports/f1/receipt' }).flush(new Blob(['jpg']));
    expect(saveBlob).toHaveBeenCalledWith(expect.any(Blob), 'чек.jpg', expect.anything());
  });
});
