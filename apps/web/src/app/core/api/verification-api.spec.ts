import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CompanyStatus, SuspensionCategory } from '@jumush/contracts/client';
import { aCompany } from '../../testing/fixtures';
import { VerificationApi } from './verification-api';

describe('VerificationApi', () => {
  let api: VerificationApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(VerificationApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('reads the queue by status and page', () => {
    api.queue({ status: CompanyStatus.Pending, page: 1, pageSize: 20 }).subscribe();
    const request = backend.expectOne((r) => r.url === '/api/verification/companies');
    expect(request.request.params.toString()).toBe('status=PENDING&page=1&pageSize=20');
    request.flush({ items: [], total: 0, page: 1, pageSize: 20 });
  });

  it('reads a company and downloads its documents', () => {
    api.company('c1').subscribe();
    backend.expectOne({ method: 'GET', url: '/api/verification/companies/c1' }).flush({ ...aCompany(), history: [] });
    api.downloadDocument('c1', 'd1').subscribe();
    const file = backend.expectOne('/api/verification/companies/c1/documents/d1/file');
    expect(file.request.responseType).toBe('blob');
    file.flush(new Blob(['x']));
  });

  it('verifies without a body and sends the reason of the other decisions', () => {
    api.decide('c1', 'verify').subscribe();
    const verify = backend.expectOne({ method: 'POST', url: '/api/verification/companies/c1/verify' });
    expect(verify.request.body).toBeNull();
    verify.flush(aCompany({ status: CompanyStatus.Verified }));

    for (const decision of ['reject', 'reinstate'] as const) {
      api.decide('c1', decision, 'Выписка устарела').subscribe();
      const request = backend.expectOne({ method: 'POST', url: `/api/verification/companies/c1/${decision}` });
      expect(request.request.body).toEqual({ reason: 'Выписка устарела' });
      request.flush(aCompany());
    }
    // A suspension also says its category (published in the registry instead of the reason).
    api.decide('c1', 'suspend', 'Выписка устарела', SuspensionCategory.DocumentsInvalid).subscribe();
    const suspend = backend.expectOne({ method: 'POST', url: '/api/verification/companies/c1/suspend' });
    expect(suspend.request.body).toEqual({ reason: 'Выписка устарела', category: 'documentsInvalid' });
    suspend.flush(aCompany());
  });
});
