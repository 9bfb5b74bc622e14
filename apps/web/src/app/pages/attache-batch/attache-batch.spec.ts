import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import type { ApplicationStatus, BatchDetailView, BatchItemView, BatchStatus, CompanyStatus } from '@jumush/contracts/client';
import { useRealTranslations } from '../../testing/translations';
import { AttacheBatch } from './attache-batch';

const APPLICATION = '11111111-1111-4111-8111-111111111111';

function decidedBatch(item: Partial<BatchItemView>): BatchDetailView {
  return {
    id: 'b1',
    vacancy: { id: 'v1', title: 'Сварщик', town: 'Москва', regionCode: '77', positions: 5, filledPositions: 1 },
    company: { id: 'c1', legalName: 'ООО «Стройка»', inn: '7707083893', status: 'VERIFIED' as CompanyStatus },
    originCountry: 'KG',
    status: 'DECIDED' as BatchStatus,
    candidateCount: 1,
    flaggedCount: 0,
    approvedCount: 1,
    refusedCount: 0,
    submittedAt: '2026-11-20T09:00:00Z',
    deadlineAt: '2026-11-25T09:00:00Z',
    overdue: false,
    decidedAt: '2026-11-21T09:00:00Z',
    returnComment: null,
    version: 3,
    itemsTotal: 1,
    items: [
      {
        applicationId: APPLICATION,
        applicationStatus: 'APPROVED' as ApplicationStatus,
        candidate: {
          fullName: 'Асанов Бакыт',
          fullNameLatin: 'ASANOV BAKYT',
          birthDate: '1995-03-01',
          passportNumber: 'AC1234567',
          passportExpiresOn: null,
          readinessPercent: 100,
        },
        flags: [],
        decision: 'APPROVED',
        refusalReason: null,
        refusalText: null,
        letterCode: 'K7Q2-9XMD',
        ...item,
      },
    ],
  };
}

describe('AttacheBatch page: revoking a letter', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [AttacheBatch],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideTranslateService()],
    });
    backend = TestBed.inject(HttpTestingController);
    useRealTranslations('en');
  });

  afterEach(() => backend.verify());

  it('revokes an approved candidate’s letter with a category and a reason, then shows it revoked', async () => {
    const fixture = TestBed.createComponent(AttacheBatch);
    fixture.componentRef.setInput('id', 'b1');
    await fixture.whenStable();
    backend.expectOne((r) => r.url === '/api/batches/b1').flush(decidedBatch({}));
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    const by = <T extends Element>(testId: string) => page.querySelector<T>(`[data-testid="${testId}"]`);

    by<HTMLButtonElement>(`revoke-${APPLICATION}`)!.click();
    await fixture.whenStable();
    const confirm = by<HTMLButtonElement>(`revoke-confirm-${APPLICATION}`)!;
    expect(confirm.disabled).toBe(true);
    const category = by<HTMLSelectElement>(`revoke-category-${APPLICATION}`)!;
    expect(Array.from(category.options).map((option) => option.textContent?.trim())).toEqual([
      'Choose a category',
      'False or forged documents',
      "At the worker's request",
      'Other reason',
    ]);
    category.value = 'FRAUD';
    category.dispatchEvent(new Event('change'));
    const reason = by<HTMLTextAreaElement>(`revoke-reason-${APPLICATION}`)!;
    reason.value = '  Поддельная справка  ';
    reason.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(confirm.disabled).toBe(false);
    confirm.click();
    await fixture.whenStable();

    const revoke = backend.expectOne({ method: 'POST', url: `/api/attache/letters/${APPLICATION}/revoke` });
    expect(revoke.request.body).toEqual({ category: 'FRAUD', reason: 'Поддельная справка' });
    revoke.flush({ applicationId: APPLICATION, status: 'REVOKED', revokedAt: '2026-12-01T10:00:00Z', category: 'FRAUD' });
    await fixture.whenStable();
    backend.expectOne((r) => r.url === '/api/batches/b1').flush(decidedBatch({ letterCode: null }));
    await fixture.whenStable();
    expect(by(`letter-revoked-${APPLICATION}`)?.textContent?.trim()).toBe('letter revoked');
    expect(by(`revoke-${APPLICATION}`)).toBeNull();
  });
});
