import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideTranslateService } from '@ngx-translate/core';
import type { FeeReportView, PromisedVsActualView } from '@jumush/contracts/client';
import { saveBlob } from '../../shared/data/download';
import { useRealTranslations } from '../../testing/translations';
import { PromisedVsActual } from './promised-vs-actual';

// jsdom cannot follow a download link; what matters is which file is saved under which name.
jest.mock('../../shared/data/download', () => ({ saveBlob: jest.fn() }));

const fee = (overrides: Partial<FeeReportView> = {}): FeeReportView => ({
  id: 'f1',
  amountRoubles: 15_000,
  state: 'paid',
  intermediaryName: 'Бакыт',
  intermediaryPhone: null,
  happenedOn: '2026-11-01',
  createdAt: '2026-11-02T10:00:00Z',
  receipt: null,
  ...overrides,
});

const view = (feeReports: FeeReportView[]): PromisedVsActualView => ({
  applicationId: 'a1',
  promised: { monthlyWageRoubles: 60_000, weeklyHours: 40, housing: 'FREE', housingCostRoubles: null, contractMonths: 6 },
  open: true,
  termsReports: [],
  feeReports,
});

describe('PromisedVsActual: the receipt of a fee report', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<PromisedVsActual>;

  beforeEach(async () => {
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
    jest.mocked(saveBlob).mockClear();
  });

  afterEach(() => backend.verify());

  async function render(reports: FeeReportView[]) {
    fixture = TestBed.createComponent(PromisedVsActual);
    fixture.componentRef.setInput('applicationId', 'a1');
    fixture.componentRef.setInput('lang', 'ru');
    fixture.detectChanges();
    backend.expectOne('/api/work-reports/applications/a1').flush(view(reports));
    await fixture.whenStable();
    fixture.detectChanges();
  }

  const host = () => fixture.nativeElement as HTMLElement;
  const byTestId = <T extends Element = HTMLElement>(id: string) => host().querySelector<T>(`[data-testid="${id}"]`);

  function choose(file: File) {
    const input = byTestId<HTMLInputElement>('receipt-input') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    fixture.detectChanges();
  }

  it('offers an optional receipt once the report is sent, checks the type first, and shows it after the upload', async () => {
    await render([fee()]);
    const input = byTestId<HTMLInputElement>('receipt-input') as HTMLInputElement;
    expect(host().querySelector(`label[for="${input.id}"]`)?.textContent).toContain('Приложите квитанцию');
    expect(byTestId('my-fee-receipt')).toBeNull();

    choose(new File(['GIF89a'], 'r.gif', { type: 'image/gif' }));
    backend.expectNone('/api/work-reports/fees/f1/receipt');
    expect(byTestId('receipt-error')?.textContent).toContain('Можно загрузить только PDF, JPEG или PNG');

    choose(new File(['png'], 'r.png', { type: 'image/png' }));
    const upload = backend.expectOne({ method: 'POST', url: '/api/work-reports/fees/f1/receipt' });
    expect((upload.request.body as FormData).get('file')).toBeInstanceOf(File);
    expect(byTestId('receipt-uploading')).not.toBeNull();
    expect(input.disabled).toBe(true);
    upload.flush(view([fee({ receipt: { fileName: 'r.png', contentType: 'image/png', sizeBytes: 3, uploadedAt: '2026-11-02T11:00:00Z' } })]));
    await fixture.whenStable();
    fixture.detectChanges();
    expect(byTestId('receipt-uploading')).toBeNull();
    expect(host().querySelector('label[for="receipt-f1"]')?.textContent).toContain('Заменить квитанцию');

    byTestId<HTMLButtonElement>('my-fee-receipt')?.click();
    backend.expectOne({ method: 'GET', url: '/api/work-reports/fees/f1/receipt' }).flush(new Blob(['png']));
    expect(saveBlob).toHaveBeenCalledWith(expect.any(Blob), 'r.png', expect.anything());
  });

  it("shows the API's refusal of the file in words beside that report", async () => {
    await render([fee()]);
    choose(new File(['%PDF'], 'big.pdf', { type: 'application/pdf' }));
    backend.expectOne('/api/work-reports/fees/f1/receipt').flush(
      {
        code: 'document.quotaExceeded',
        params: { usedMegabytes: 50, quotaMegabytes: 50 },
        errors: [{ field: 'file', code: 'document.quotaExceeded', message: 'x', params: { usedMegabytes: 50, quotaMegabytes: 50 } }],
      },
      { status: 413, statusText: 'Payload Too Large' },
    );
    fixture.detectChanges();
    expect(byTestId('receipt-error')?.textContent).toContain('50 МБ из 50 МБ');
  });
});
