import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ChecklistItemKind, ChecklistItemStatus, CURRENT_CONSENT_VERSION } from '@jumush/contracts/client';
import { ApplicationsApi } from './applications-api';
import { CandidatesApi } from './candidates-api';

describe('CandidatesApi and ApplicationsApi', () => {
  let candidates: CandidatesApi;
  let applications: ApplicationsApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    candidates = TestBed.inject(CandidatesApi);
    applications = TestBed.inject(ApplicationsApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('reads the profile and saves each step on its own', () => {
    candidates.me().subscribe();
    backend.expectOne({ method: 'GET', url: '/api/candidates/me' }).flush({});
    candidates.saveStep('residence', { residenceRegionCode: 'KG-C', residenceDistrictCode: 'KG-C-alamudun' }).subscribe();
    const put = backend.expectOne({ method: 'PUT', url: '/api/candidates/me/residence' });
    expect(put.request.body).toEqual({ residenceRegionCode: 'KG-C', residenceDistrictCode: 'KG-C-alamudun' });
    put.flush({});
    candidates.saveStep('consent', { version: CURRENT_CONSENT_VERSION, accepted: true }).subscribe();
    backend.expectOne({ method: 'PUT', url: '/api/candidates/me/consent' }).flush({});
  });

  it('updates a checklist item, uploads its document, exports and deletes', () => {
    candidates.saveChecklistItem(ChecklistItemKind.MedicalCertificate, { status: ChecklistItemStatus.Done, completedOn: '2026-01-01' }).subscribe();
    backend.expectOne({ method: 'PUT', url: '/api/candidates/me/checklist/MEDICAL_CERTIFICATE' }).flush({});
    candidates.uploadChecklistDocument(ChecklistItemKind.ForeignPassport, new File(['x'], 'p.pdf')).subscribe();
    const upload = backend.expectOne({ method: 'POST', url: '/api/candidates/me/checklist/FOREIGN_PASSPORT/document' });
    expect((upload.request.body as FormData).get('file')).toBeInstanceOf(File);
    upload.flush({});
    candidates.export().subscribe();
    const exported = backend.expectOne('/api/candidates/me/export');
    expect(exported.request.responseType).toBe('blob');
    // Past the service worker: its "my-profile" group would keep the file (passport number and all) for days.
    expect(exported.request.headers.get('ngsw-bypass')).toBe('true');
    exported.flush(new Blob());
    candidates.passportNumber().subscribe();
    const number = backend.expectOne({ method: 'GET', url: '/api/candidates/me/passport-number' });
    expect(number.request.headers.get('ngsw-bypass')).toBe('true');
    number.flush({ passportNumber: 'AC1234567' });
    candidates.deleteAccount().subscribe();
    backend.expectOne({ method: 'DELETE', url: '/api/candidates/me' }).flush(null, { status: 204, statusText: 'No Content' });
  });

  it('applies with or without a note, lists, withdraws and fetches the letter', () => {
    applications.apply('v1', '  hello ').subscribe();
    expect(backend.expectOne({ method: 'POST', url: '/api/vacancies/v1/applications' }).request.body).toEqual({ note: 'hello' });
    applications.apply('v1', ' ').subscribe();
    expect(backend.expectOne({ method: 'POST', url: '/api/vacancies/v1/applications' }).request.body).toEqual({});
    applications.mine().subscribe();
    backend.expectOne({ method: 'GET', url: '/api/applications/mine' }).flush([]);
    applications.withdraw('a1', 4, '').subscribe();
    expect(backend.expectOne({ method: 'POST', url: '/api/applications/mine/a1/withdraw' }).request.body).toEqual({ version: 4 });
    applications.letter('a1').subscribe();
    expect(backend.expectOne('/api/letters/a1.pdf').request.responseType).toBe('blob');
  });

  it('filters applicants and decides one or many', () => {
    applications
      .applicants('v1', { status: '', minReadiness: 50, russianLevel: '', minExperience: null, residenceRegion: 'KG-C', page: 1, pageSize: 20 })
      .subscribe();
    const list = backend.expectOne((r) => r.url === '/api/vacancies/mine/v1/applications');
    expect(list.request.params.toString()).toBe('minReadiness=50&residenceRegion=KG-C&page=1&pageSize=20');
    list.flush({ items: [], total: 0, page: 1, pageSize: 20 });
    applications.shortlist('a1', 2).subscribe();
    expect(backend.expectOne({ method: 'POST', url: '/api/applications/a1/shortlist' }).request.body).toEqual({ version: 2 });
    applications.decline('a1', 2, 'no').subscribe();
    expect(backend.expectOne({ method: 'POST', url: '/api/applications/a1/decline' }).request.body).toEqual({ version: 2, reason: 'no' });
    applications.decideMany('v1', 'shortlist', ['a1', 'a2']).subscribe();
    expect(backend.expectOne({ method: 'POST', url: '/api/vacancies/mine/v1/applications/decisions' }).request.body).toEqual({
      decision: 'shortlist',
      applicationIds: ['a1', 'a2'],
    });
  });
});
