import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTranslateService } from '@ngx-translate/core';
import type { AuditChainReportView, Page, PublishedAuditHeadView } from '@jumush/contracts/client';
import { useRealTranslations } from '../../testing/translations';
import { AdminAudit, CHAIN_PROBLEM_KEYS } from './admin-audit';

const HASH = 'a'.repeat(64);
const heads: Page<PublishedAuditHeadView> = {
  items: [{ date: '2026-12-01', seq: '1200', hash: 'b'.repeat(64), count: '1200', publishedAt: '2026-12-01T00:05:00Z' }],
  total: 1,
  page: 1,
  pageSize: 30,
};

describe('AdminAudit page', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'ru/admin/audit', component: AdminAudit }]),
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
  const byTestId = (id: string) => page().querySelector<HTMLElement>(`[data-testid="${id}"]`);

  async function open(published = heads): Promise<void> {
    await harness.navigateByUrl('/ru/admin/audit');
    backend.expectOne('/api/public/audit-heads?page=1&pageSize=30').flush(published);
    await harness.fixture.whenStable();
  }

  it('names every problem of a broken link', () => {
    expect(Object.keys(CHAIN_PROBLEM_KEYS).sort()).toEqual(['brokenLink', 'gap', 'hashMismatch']);
  });

  it('does not walk the chain on opening; lists the published heads', async () => {
    await open();
    backend.expectNone('/api/admin/audit/verify');
    expect(byTestId('published-heads')?.textContent).toContain('b'.repeat(64));
    expect(byTestId('published-heads')?.textContent).toContain('1200');
  });

  it('says when no head was published yet', async () => {
    await open({ items: [], total: 0, page: 1, pageSize: 30 });
    expect(byTestId('no-published-heads')?.textContent).toContain('Хеши ещё не публиковались');
  });

  it('runs the verification on demand and shows an intact chain with its head hash', async () => {
    await open();
    byTestId('verify-chain')?.click();
    await harness.fixture.whenStable();
    expect(byTestId('verify-chain')?.hasAttribute('disabled')).toBe(true);
    const report: AuditChainReportView = {
      ok: true,
      checked: 1234,
      firstBroken: null,
      head: { seq: '1234', hash: HASH },
      verifiedAt: '2026-12-02T10:00:00Z',
    };
    backend.expectOne('/api/admin/audit/verify').flush(report);
    await harness.fixture.whenStable();
    expect(byTestId('chain-ok')?.textContent).toContain('1234');
    expect(byTestId('chain-head-hash')?.textContent).toBe(HASH);
    expect(byTestId('chain-broken')).toBeNull();
  });

  it('shows a broken chain with its first bad entry and why', async () => {
    await open();
    byTestId('verify-chain')?.click();
    backend.expectOne('/api/admin/audit/verify').flush({
      ok: false,
      checked: 41,
      firstBroken: { seq: '42', eventId: '4242', problem: 'hashMismatch' },
      head: { seq: '99', hash: HASH },
      verifiedAt: '2026-12-02T10:00:00Z',
    } satisfies AuditChainReportView);
    await harness.fixture.whenStable();
    expect(byTestId('chain-broken')?.textContent).toContain('41');
    expect(byTestId('chain-first-broken')?.textContent).toContain('42');
    expect(byTestId('chain-first-broken')?.textContent).toContain('хеш не совпадает');
  });

  it('shows a refusal', async () => {
    await open();
    byTestId('verify-chain')?.click();
    backend
      .expectOne('/api/admin/audit/verify')
      .flush({ status: 403, code: 'http.forbidden', title: 'Forbidden' }, { status: 403, statusText: 'Forbidden' });
    await harness.fixture.whenStable();
    expect(page().querySelector('[role="alert"]')).not.toBeNull();
    expect(byTestId('verify-chain')?.hasAttribute('disabled')).toBe(false);
  });
});
