import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { BatchesApi } from './batches-api';
import { LetterVerificationApi, NotificationsApi } from './notifications-api';

describe('BatchesApi, NotificationsApi and LetterVerificationApi', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('creates, edits, submits and lists batches', () => {
    const api = TestBed.inject(BatchesApi);
    api.create('v1', ['a1']).subscribe();
    expect(backend.expectOne({ method: 'POST', url: '/api/batches' }).request.body).toEqual({ vacancyId: 'v1', applicationIds: ['a1'] });
    api.setItems('b1', ['a1', 'a2']).subscribe();
    expect(backend.expectOne({ method: 'PUT', url: '/api/batches/b1/items' }).request.body).toEqual({ applicationIds: ['a1', 'a2'] });
    api.submit('b1').subscribe();
    backend.expectOne({ method: 'POST', url: '/api/batches/b1/submit' }).flush({});
    api.mine('v1').subscribe();
    expect(backend.expectOne((r) => r.url === '/api/batches/mine').request.params.get('vacancyId')).toBe('v1');
    api.get('b1', { flaggedOnly: true, page: 1, pageSize: 500 }).subscribe();
    expect(backend.expectOne((r) => r.url === '/api/batches/b1').request.params.toString()).toBe('flaggedOnly=true&page=1&pageSize=500');
    api.document('b1', 'approved.csv').subscribe();
    expect(backend.expectOne('/api/batches/b1/approved.csv').request.responseType).toBe('blob');
  });

  it('reads the queue and sends a decision with its idempotency key', () => {
    const api = TestBed.inject(BatchesApi);
    api.queue({ status: '', overdueOnly: false, page: 2, pageSize: 20 }).subscribe();
    expect(backend.expectOne((r) => r.url === '/api/attache/batches').request.params.toString()).toBe('page=2&pageSize=20');
    api.decide('b1', { kind: 'RETURN', comment: 'fix it' }, 'key-1').subscribe();
    const decision = backend.expectOne({ method: 'POST', url: '/api/attache/batches/b1/decision' });
    expect(decision.request.headers.get('Idempotency-Key')).toBe('key-1');
    expect(decision.request.body).toEqual({ kind: 'RETURN', comment: 'fix it' });
  });

  it('lists and marks notifications, and builds the stream URL', () => {
    const api = TestBed.inject(NotificationsApi);
    api.list(2).subscribe();
    expect(backend.expectOne((r) => r.url === '/api/notifications').request.params.get('page')).toBe('2');
    api.unreadCount().subscribe();
    backend.expectOne('/api/notifications/unread-count').flush({ unreadCount: 1 });
    api.markRead('n1').subscribe();
    backend.expectOne({ method: 'POST', url: '/api/notifications/n1/read' }).flush({ unreadCount: 0 });
    api.markAllRead().subscribe();
    backend.expectOne({ method: 'POST', url: '/api/notifications/read-all' }).flush({ unreadCount: 0 });
    expect(api.streamUrl('a b')).toBe('/api/notifications/stream?ticket=a%20b');
  });

  it('verifies a letter publicly', () => {
    TestBed.inject(LetterVerificationApi).verify('ABC-123').subscribe();
    backend.expectOne('/api/public/verify/ABC-123').flush({ status: 'VALID' });
  });
});
