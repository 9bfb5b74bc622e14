import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { CompanyDisputeStatus, type CompanyDisputeView } from '@jumush/contracts/client';
import { useRealTranslations } from '../../testing/translations';
import { AttacheDisputes } from './attache-disputes';

const DISPUTE: CompanyDisputeView = {
  id: 'd1',
  inn: '7707083893',
  status: CompanyDisputeStatus.Open,
  statement: 'Мы — эта компания.',
  evidenceFileName: 'egrul.pdf',
  filedAt: '2026-12-01T09:00:00Z',
  decidedAt: null,
  decisionReason: null,
  companyId: 'c1',
  companyName: 'ООО «Захват»',
  claimant: { accountId: 'a2', email: 'real@example.org', fullName: 'Анна Настоящая' },
  owners: [{ accountId: 'a1', email: 'squatter@example.org', fullName: null }],
  evidenceContentType: 'application/pdf',
  evidenceSizeBytes: 100,
  decidedBy: null,
};

describe('AttacheDisputes page', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'ru/attache/disputes', component: AttacheDisputes }], withComponentInputBinding()),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    useRealTranslations('ru');
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => backend.verify());

  const page = () => harness.routeNativeElement as HTMLElement;
  const queue = () => backend.expectOne((request) => request.url === '/api/verification/disputes');

  async function open(items: CompanyDisputeView[] = [DISPUTE]) {
    await harness.navigateByUrl('/ru/attache/disputes');
    const request = queue();
    expect(request.request.params.get('status')).toBe('OPEN');
    request.flush({ items, total: items.length, page: 1, pageSize: 20 });
    await harness.fixture.whenStable();
  }

  it('shows the company, the claimant, the owner and the statement of an open dispute', async () => {
    await open();
    const item = page().querySelector('[data-testid="dispute-item"]')?.textContent ?? '';
    for (const text of ['ООО «Захват»', '7707083893', 'Анна Настоящая', 'squatter@example.org', 'Мы — эта компания.', 'egrul.pdf'])
      expect(item).toContain(text);
  });

  it('says so when there is nothing to decide', async () => {
    await open([]);
    expect(page().querySelector('[data-testid="disputes-empty"]')?.textContent).toContain('Здесь споров нет');
  });

  it('upholds with the reason typed, then reloads the queue and says what happened', async () => {
    await open();
    const reason = page().querySelector<HTMLTextAreaElement>('[data-testid="dispute-reason"]') as HTMLTextAreaElement;
    reason.value = 'Выписка подтверждает';
    reason.dispatchEvent(new Event('input'));
    await harness.fixture.whenStable();
    page().querySelector<HTMLButtonElement>('[data-testid="dispute-uphold"]')?.click();
    const decision = backend.expectOne('/api/verification/disputes/d1/uphold');
    expect(decision.request.body).toEqual({ reason: 'Выписка подтверждает' });
    decision.flush({ ...DISPUTE, status: CompanyDisputeStatus.Upheld });
    await harness.fixture.whenStable();
    queue().flush({ items: [], total: 0, page: 1, pageSize: 20 });
    await harness.fixture.whenStable();
    expect(page().querySelector('[data-testid="dispute-decided"]')?.textContent).toContain('Удовлетворено');
  });

  it('shows the API’s refusal when the reason is missing', async () => {
    await open();
    page().querySelector<HTMLButtonElement>('[data-testid="dispute-reject"]')?.click();
    backend.expectOne('/api/verification/disputes/d1/reject').flush(
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        code: 'validation.failed',
        errors: [{ field: 'reason', code: 'validation.isNotEmpty', message: 'Say why.' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await harness.fixture.whenStable();
    expect(page().querySelector('jm-problem-alert')?.textContent?.trim()).not.toBe('');
  });
});
