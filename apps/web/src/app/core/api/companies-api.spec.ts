import { HttpEventType, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CompanyDocumentKind, type CompanyDocumentView, type CreateCompanyDto } from '@jumush/contracts/client';
import { aCompany } from '../../testing/fixtures';
import { CompaniesApi } from './companies-api';

describe('CompaniesApi', () => {
  let api: CompaniesApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(CompaniesApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('registers a company', () => {
    const body: CreateCompanyDto = {
      legalName: 'ООО «Строймонтаж»',
      inn: '7707083893',
      ogrn: '1027700132195',
      legalAddress: 'Москва',
      regionCode: '77',
      contactPerson: 'Иван Петров',
      phone: '+79001234567',
      email: 'hr@example.ru',
    };
    api.register(body).subscribe();
    const request = backend.expectOne({ method: 'POST', url: '/api/companies' });
    expect(request.request.body).toEqual(body);
    request.flush(aCompany(), { status: 201, statusText: 'Created' });
  });

  it('reads the own company, its members and the invitations', () => {
    api.mine().subscribe();
    backend.expectOne({ method: 'GET', url: '/api/companies/mine' }).flush(aCompany());
    api.members().subscribe();
    backend.expectOne({ method: 'GET', url: '/api/companies/mine/members' }).flush({ members: [], invitations: [], canManage: false });
  });

  it('uploads a document as multipart form data and reports the progress', () => {
    const file = new File(['%PDF-1.4'], 'extract.pdf', { type: 'application/pdf' });
    const events: HttpEventType[] = [];
    api.uploadDocument(CompanyDocumentKind.RegistrationExtract, file).subscribe((event) => events.push(event.type));
    const request = backend.expectOne({ method: 'POST', url: '/api/companies/mine/documents' });
    expect(request.request.reportProgress).toBe(true);
    const body = request.request.body as FormData;
    expect(body.get('kind')).toBe('REGISTRATION_EXTRACT');
    expect((body.get('file') as File).name).toBe('extract.pdf');
    request.event({ type: HttpEventType.UploadProgress, loaded: 4, total: 8 });
    const document: CompanyDocumentView = {
      id: 'd1',
      kind: CompanyDocumentKind.RegistrationExtract,
      fileName: 'extract.pdf',
      contentType: 'application/pdf',
      sizeBytes: 8,
      uploadedAt: '2026-02-01T00:00:00Z',
    };
    request.flush(document, { status: 201, statusText: 'Created' });
    expect(events).toContain(HttpEventType.UploadProgress);
    expect(events[events.length - 1]).toBe(HttpEventType.Response);
  });

  it('downloads a document as a blob', () => {
    api.downloadDocument('doc/1').subscribe();
    const request = backend.expectOne('/api/companies/mine/documents/doc%2F1/file');
    expect(request.request.responseType).toBe('blob');
    request.flush(new Blob(['x']));
  });

  it('resubmits, invites and accepts invitations', () => {
    api.resubmit().subscribe();
    backend.expectOne({ method: 'POST', url: '/api/companies/mine/resubmit' }).flush(aCompany());
    api.invite('colleague@example.ru').subscribe();
    const invite = backend.expectOne({ method: 'POST', url: '/api/companies/mine/invitations' });
    expect(invite.request.body).toEqual({ email: 'colleague@example.ru' });
    invite.flush({}, { status: 201, statusText: 'Created' });
    api.removeMember('m-1').subscribe();
    backend.expectOne({ method: 'DELETE', url: '/api/companies/mine/members/m-1' }).flush(null);
    api.revokeInvitation('inv-1').subscribe();
    backend.expectOne({ method: 'DELETE', url: '/api/companies/mine/invitations/inv-1' }).flush(null);
  });
});
