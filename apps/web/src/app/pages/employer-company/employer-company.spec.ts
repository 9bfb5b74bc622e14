import { HttpEventType, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { CompanyDocumentKind, CompanyStatus, Role } from '@jumush/contracts/client';
import { AuthService } from '../../core/auth/auth.service';
import { aCompany, aSession, anAccount, problemBody } from '../../testing/fixtures';
import { useRealTranslations } from '../../testing/translations';
import { EmployerCompany } from './employer-company';

describe('EmployerCompany page', () => {
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [EmployerCompany],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideTranslateService()],
    });
    backend = TestBed.inject(HttpTestingController);
    useRealTranslations('ru');
    const restored = TestBed.inject(AuthService).restoreSession();
    backend.expectOne('/api/auth/refresh').flush(aSession('t', anAccount({ id: 'owner-1', role: Role.Employer, email: 'owner@example.ru' })));
    await restored;
  });

  afterEach(() => {
    // The ratings section asks for the company's ratings; the tests that do not look at it answer "none yet".
    for (const request of backend.match('/api/companies/mine/ratings')) request.flush({ count: 0, shownFrom: 5, aggregate: null, ratings: [] });
    backend.verify();
  });

  async function render() {
    const fixture = TestBed.createComponent(EmployerCompany);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('shows the registration form while the employer has no company', async () => {
    const { fixture, element } = await render();
    backend.expectOne('/api/companies/mine').flush(problemBody(404, 'company.none'), { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    // Beside the form, the employer's own INN disputes (none yet: no section).
    backend.expectOne('/api/company-disputes/mine').flush([]);
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="company-form"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="load-problem"]')).toBeNull();
    expect(element.querySelector('[data-testid="my-disputes"]')).toBeNull();
  });

  it('shows the ratings only from 5 on and lets the employer answer each one once', async () => {
    const { fixture, element } = await render();
    backend.expectOne('/api/companies/mine').flush(aCompany({ status: CompanyStatus.Verified }));
    await fixture.whenStable();
    backend.expectOne('/api/companies/mine/members').flush({ members: [], invitations: [], canManage: true });
    backend.expectOne('/api/companies/mine/ratings').flush({ count: 3, shownFrom: 5, aggregate: null, ratings: [] });
    await fixture.whenStable();
    fixture.detectChanges();
    expect(element.querySelector('[data-testid="ratings-not-enough"]')?.textContent?.trim()).toBe(
      'Оценок пока недостаточно: их показывают, когда их не меньше 5 (сейчас: 3).',
    );
    expect(element.querySelector('[data-testid="employer-rating"]')).toBeNull();
  });

  it('answers a rating publicly, once', async () => {
    const { fixture, element } = await render();
    backend.expectOne('/api/companies/mine').flush(aCompany({ status: CompanyStatus.Verified }));
    await fixture.whenStable();
    backend.expectOne('/api/companies/mine/members').flush({ members: [], invitations: [], canManage: true });
    const rating = {
      id: 'r-1',
      wageOnTime: 4,
      housing: 3,
      treatment: 5,
      wouldRecommend: true,
      comment: 'Хорошо',
      answer: null,
      answeredAt: null,
      createdAt: '2026-04-01T10:00:00.000Z',
    };
    const aggregate = { count: 5, wageOnTime: 4, housing: 3, treatment: 5, recommendShare: 0.8 };
    backend.expectOne('/api/companies/mine/ratings').flush({ count: 5, shownFrom: 5, aggregate, ratings: [rating] });
    await fixture.whenStable();
    fixture.detectChanges();
    expect(element.querySelector('[data-testid="rating-recommend-share"]')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('80 %');
    const input = element.querySelector<HTMLTextAreaElement>('[data-testid="rating-answer-input"]') as HTMLTextAreaElement;
    input.value = 'Спасибо!';
    input.dispatchEvent(new Event('input'));
    fixture.detectChanges();
    element.querySelector<HTMLButtonElement>('[data-testid="rating-answer-send"]')?.click();
    const post = backend.expectOne({ method: 'POST', url: '/api/companies/mine/ratings/r-1/answer' });
    expect(post.request.body).toEqual({ answer: 'Спасибо!' });
    post.flush({ count: 5, shownFrom: 5, aggregate, ratings: [{ ...rating, answer: 'Спасибо!', answeredAt: '2026-04-02T10:00:00.000Z' }] });
    await fixture.whenStable();
    fixture.detectChanges();
    expect(element.querySelector('[data-testid="rating-answer"]')?.textContent).toContain('Спасибо!');
    expect(element.querySelector('[data-testid="rating-answer-input"]')).toBeNull();
  });

  it('shows the status, the reason of a rejection, and resubmits', async () => {
    const { fixture, element } = await render();
    backend.expectOne('/api/companies/mine').flush(aCompany({ status: CompanyStatus.Rejected, statusReason: 'Выписка устарела.' }));
    await fixture.whenStable();
    backend.expectOne('/api/companies/mine/members').flush({
      members: [{ id: 'm-1', accountId: 'owner-1', email: 'owner@example.ru', fullName: 'Иван', owner: true, since: '2026-03-01T10:00:00.000Z' }],
      invitations: [],
      canManage: true,
    });
    await fixture.whenStable();
    expect(element.querySelector('jm-status-badge')?.textContent).toContain('Отклонён');
    expect(element.querySelector('[data-testid="status-reason"]')?.textContent).toContain('Выписка устарела.');
    element.querySelector<HTMLButtonElement>('[data-testid="resubmit-company"]')?.click();
    backend.expectOne({ method: 'POST', url: '/api/companies/mine/resubmit' }).flush(aCompany({ status: CompanyStatus.Pending }));
    await fixture.whenStable();
    expect(element.querySelector('jm-status-badge')?.textContent).toContain('Ожидает проверки');
    expect(element.querySelector('[data-testid="resubmit-company"]')).toBeNull();
    // The owner may invite colleagues.
    expect(element.querySelector('#invite-email')).not.toBeNull();
  });

  it('lets an owner remove a colleague only after confirming, and lists invitations or says there are none', async () => {
    const { fixture, element } = await render();
    backend.expectOne('/api/companies/mine').flush(aCompany());
    await fixture.whenStable();
    const owner = { id: 'm-1', accountId: 'owner-1', email: 'owner@example.ru', fullName: 'Иван', owner: true, since: '2026-03-01T10:00:00.000Z' };
    const colleague = { id: 'm-2', accountId: 'c-1', email: 'olga@example.ru', fullName: 'Ольга', owner: false, since: '2026-03-02T10:00:00.000Z' };
    backend.expectOne('/api/companies/mine/members').flush({ members: [owner, colleague], invitations: [], canManage: true });
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="no-invitations"]')).not.toBeNull();
    // The last owner has no remove button; the colleague has one, which first asks.
    expect(element.querySelectorAll('[data-testid="remove-member"]')).toHaveLength(1);
    element.querySelector<HTMLButtonElement>('[data-testid="remove-member"]')?.click();
    await fixture.whenStable();
    backend.expectNone({ method: 'DELETE' });
    element.querySelector<HTMLButtonElement>('[data-testid="confirm-remove-member"]')?.click();
    backend.expectOne({ method: 'DELETE', url: '/api/companies/mine/members/m-2' }).flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    backend.expectOne('/api/companies/mine/members').flush({ members: [owner], invitations: [], canManage: true });
    await fixture.whenStable();
    expect(element.querySelectorAll('[data-testid="remove-member"]')).toHaveLength(0);
  });

  it('checks a document before sending it, then uploads it with progress', async () => {
    const { fixture, element } = await render();
    backend.expectOne('/api/companies/mine').flush(aCompany());
    await fixture.whenStable();
    backend.expectOne('/api/companies/mine/members').flush({ members: [], invitations: [], canManage: false });
    await fixture.whenStable();
    expect(element.querySelector('#invite-email')).toBeNull();

    const input = element.querySelector<HTMLInputElement>('#document-file');
    if (!input) throw new Error('no file input');
    expect(input.accept).toContain('.pdf');
    const choose = async (file: File) => {
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      input.dispatchEvent(new Event('change'));
      await fixture.whenStable();
    };
    const big = new File(['x'], 'big.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 });
    await choose(big);
    expect(element.querySelector('#document-file-error')?.textContent).toContain('Файл больше 10 МБ');
    element.querySelector<HTMLButtonElement>('[data-testid="upload-document"]')?.click();
    backend.expectNone('/api/companies/mine/documents');

    await choose(new File(['%PDF'], 'licence.pdf', { type: 'application/pdf' }));
    const kind = element.querySelector<HTMLSelectElement>('#document-kind');
    if (!kind) throw new Error('no kind select');
    kind.value = CompanyDocumentKind.Licence;
    kind.dispatchEvent(new Event('change'));
    element.querySelector<HTMLButtonElement>('[data-testid="upload-document"]')?.click();
    const upload = backend.expectOne({ method: 'POST', url: '/api/companies/mine/documents' });
    expect((upload.request.body as FormData).get('kind')).toBe('LICENCE');
    upload.event({ type: HttpEventType.UploadProgress, loaded: 50, total: 100 });
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="upload-progress"]')?.getAttribute('aria-valuenow')).toBe('50');
    upload.flush(
      { id: 'd2', kind: 'LICENCE', fileName: 'licence.pdf', contentType: 'application/pdf', sizeBytes: 4, uploadedAt: '2026-02-02T00:00:00Z' },
      { status: 201, statusText: 'Created' },
    );
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="documents"]')?.textContent).toContain('licence.pdf');
    expect(element.textContent).toContain('Документ «licence.pdf» загружен.');
  });

  it('shows a new licence in place of the earlier one, and the quota refusal under the file field', async () => {
    const earlier = {
      id: 'd1',
      kind: CompanyDocumentKind.Licence,
      fileName: 'old-licence.pdf',
      contentType: 'application/pdf',
      sizeBytes: 4,
      uploadedAt: '2026-01-01T00:00:00Z',
    };
    const other = { ...earlier, id: 'd0', kind: CompanyDocumentKind.Other, fileName: 'letter.pdf' };
    const { fixture, element } = await render();
    backend.expectOne('/api/companies/mine').flush(aCompany({ documents: [other, earlier] }));
    await fixture.whenStable();
    backend.expectOne('/api/companies/mine/members').flush({ members: [], invitations: [], canManage: false });
    await fixture.whenStable();
    const input = element.querySelector<HTMLInputElement>('#document-file');
    const kind = element.querySelector<HTMLSelectElement>('#document-kind');
    if (!input || !kind) throw new Error('no upload form');
    const send = async (name: string) => {
      Object.defineProperty(input, 'files', { value: [new File(['%PDF'], name, { type: 'application/pdf' })], configurable: true });
      input.dispatchEvent(new Event('change'));
      kind.value = CompanyDocumentKind.Licence;
      kind.dispatchEvent(new Event('change'));
      await fixture.whenStable();
      element.querySelector<HTMLButtonElement>('[data-testid="upload-document"]')?.click();
      return backend.expectOne({ method: 'POST', url: '/api/companies/mine/documents' });
    };

    (await send('new-licence.pdf')).flush({ ...earlier, id: 'd2', fileName: 'new-licence.pdf' }, { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    const listed = element.querySelector('[data-testid="documents"]')?.textContent ?? '';
    expect(listed).toContain('new-licence.pdf');
    expect(listed).toContain('letter.pdf');
    expect(listed).not.toContain('old-licence.pdf');

    const params = { usedMegabytes: 48, quotaMegabytes: 50 };
    (await send('huge-licence.pdf')).flush(
      { ...problemBody(413, 'document.quotaExceeded'), params, errors: [{ field: 'file', code: 'document.quotaExceeded', params, message: 'x' }] },
      { status: 413, statusText: 'Payload Too Large' },
    );
    await fixture.whenStable();
    expect(element.querySelector('#document-file-error')?.textContent).toContain('48 МБ из 50 МБ');
  });
});
