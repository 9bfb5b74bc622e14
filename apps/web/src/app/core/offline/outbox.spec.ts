import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { authInterceptor } from '../auth/auth.interceptor';
import { AuthService } from '../auth/auth.service';
import { aSession, anAccount, problemBody } from '../../testing/fixtures';
import { OUTBOX_STORAGE_KEY, Outbox, readOutbox, type OutboxDelivery } from './outbox';

/** Lets the HTTP pipeline and the outbox's awaits run. */
const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('Outbox', () => {
  let backend: HttpTestingController;
  let outbox: Outbox;

  function goOnline(): void {
    Object.defineProperty(navigator, 'onLine', { value: true, configurable: true });
    window.dispatchEvent(new Event('online'));
  }

  async function signIn(accountId: string): Promise<void> {
    const auth = TestBed.inject(AuthService);
    const restored = auth.restoreSession();
    backend.expectOne('/api/auth/refresh').flush(aSession(`token-${accountId}`, anAccount({ id: accountId })));
    await restored;
    TestBed.tick();
  }

  beforeEach(() => {
    localStorage.clear();
    // Offline to begin with: nothing goes out until the test says so.
    Object.defineProperty(navigator, 'onLine', { value: false, configurable: true });
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideTranslateService(), provideHttpClient(withInterceptors([authInterceptor])), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    Object.defineProperty(navigator, 'onLine', { value: true, configurable: true });
    backend.verify();
  });

  it('sends the queue in order when the connection returns, and forgets what was delivered', async () => {
    await signIn('migrant-1');
    outbox = TestBed.inject(Outbox);
    const delivered: OutboxDelivery[] = [];
    outbox.delivered.subscribe((delivery) => delivered.push(delivery));
    outbox.enqueue({ kind: 'profileStep', subject: 'personal', method: 'PUT', url: '/api/candidates/me/personal', body: { surname: 'Токтогулов' } });
    outbox.enqueue({ kind: 'apply', subject: 'v1', method: 'POST', url: '/api/vacancies/v1/applications', body: {} });
    expect(readOutbox(localStorage).map((entry) => entry.subject)).toEqual(['personal', 'v1']);
    TestBed.tick();
    backend.expectNone('/api/candidates/me/personal');

    goOnline();
    await settle();
    const first = backend.expectOne('/api/candidates/me/personal');
    expect(first.request.method).toBe('PUT');
    expect(first.request.headers.get('Authorization')).toBe('Bearer token-migrant-1');
    backend.expectNone('/api/vacancies/v1/applications');
    first.flush({ completedSteps: ['personal'] });
    await settle();
    backend.expectOne('/api/vacancies/v1/applications').flush({ id: 'a1' });
    await settle();

    expect(delivered.map((delivery) => [delivery.entry.subject, delivery.response])).toEqual([
      ['personal', { completedSteps: ['personal'] }],
      ['v1', { id: 'a1' }],
    ]);
    expect(outbox.pending()).toEqual([]);
    expect(localStorage.getItem(OUTBOX_STORAGE_KEY)).toBeNull();
  });

  it('keeps the queue while there is still no connection, and drops a request the API refuses for good', async () => {
    await signIn('migrant-1');
    outbox = TestBed.inject(Outbox);
    const delivered: OutboxDelivery[] = [];
    outbox.delivered.subscribe((delivery) => delivered.push(delivery));
    outbox.enqueue({ kind: 'apply', subject: 'v1', method: 'POST', url: '/api/vacancies/v1/applications', body: {} });
    outbox.enqueue({ kind: 'apply', subject: 'v2', method: 'POST', url: '/api/vacancies/v2/applications', body: {} });

    const flushed = outbox.flush();
    await settle();
    backend.expectOne('/api/vacancies/v1/applications').flush(null, { status: 504, statusText: 'Gateway Timeout' });
    await flushed;
    expect(outbox.pending().map((entry) => entry.subject)).toEqual(['v1', 'v2']);
    expect(delivered).toEqual([]);

    const again = outbox.flush();
    await settle();
    backend
      .expectOne('/api/vacancies/v1/applications')
      .flush(problemBody(422, 'application.deadlinePassed'), { status: 422, statusText: 'Unprocessable Entity' });
    await settle();
    backend.expectOne('/api/vacancies/v2/applications').flush({ id: 'a2' });
    await again;
    expect(delivered.map((delivery) => [delivery.entry.subject, delivery.problem?.code ?? 'ok'])).toEqual([
      ['v1', 'application.deadlinePassed'],
      ['v2', 'ok'],
    ]);
  });

  it('keeps an application the API refuses until the number is confirmed, tells the page, and sends the rest', async () => {
    await signIn('migrant-1');
    outbox = TestBed.inject(Outbox);
    const delivered: OutboxDelivery[] = [];
    outbox.delivered.subscribe((delivery) => delivered.push(delivery));
    outbox.enqueue({ kind: 'apply', subject: 'v1', method: 'POST', url: '/api/vacancies/v1/applications', body: {} });
    outbox.enqueue({ kind: 'profileStep', subject: 'skills', method: 'PUT', url: '/api/candidates/me/skills', body: {} });

    const flushed = outbox.flush();
    await settle();
    backend.expectOne('/api/vacancies/v1/applications').flush(problemBody(403, 'account.phoneNotVerified'), { status: 403, statusText: 'Forbidden' });
    await settle();
    backend.expectOne('/api/candidates/me/skills').flush({ completedSteps: ['skills'] });
    await flushed;
    expect(delivered.map((delivery) => [delivery.entry.subject, delivery.problem?.code ?? 'ok'])).toEqual([
      ['v1', 'account.phoneNotVerified'],
      ['skills', 'ok'],
    ]);
    // Not dropped: it waits on this phone for the confirmed number, then goes out.
    expect(outbox.pending().map((entry) => entry.subject)).toEqual(['v1']);
    expect(readOutbox(localStorage).map((entry) => entry.subject)).toEqual(['v1']);
    const again = outbox.flush();
    await settle();
    backend.expectOne('/api/vacancies/v1/applications').flush({ id: 'a1' });
    await again;
    expect(outbox.pending()).toEqual([]);
  });

  it('never sends one account’s queue with another account’s session', async () => {
    localStorage.setItem(
      OUTBOX_STORAGE_KEY,
      JSON.stringify([
        {
          id: 'x',
          accountId: 'someone-else',
          kind: 'apply',
          subject: 'v9',
          method: 'POST',
          url: '/api/vacancies/v9/applications',
          body: {},
          queuedAt: '2026-01-01T00:00:00Z',
        },
      ]),
    );
    await signIn('migrant-1');
    outbox = TestBed.inject(Outbox);
    expect(outbox.pending()).toEqual([]);
    await outbox.flush();
    backend.expectNone('/api/vacancies/v9/applications');
  });

  it('a newer request for the same thing replaces the older one', async () => {
    await signIn('migrant-1');
    outbox = TestBed.inject(Outbox);
    outbox.enqueue({ kind: 'profileStep', subject: 'personal', method: 'PUT', url: '/api/candidates/me/personal', body: { surname: 'A' } });
    outbox.enqueue({ kind: 'profileStep', subject: 'personal', method: 'PUT', url: '/api/candidates/me/personal', body: { surname: 'B' } });
    expect(outbox.pending().map((entry) => entry.body)).toEqual([{ surname: 'B' }]);
    expect(outbox.isQueued('profileStep', 'personal')).toBe(true);
    outbox.clear();
    expect(outbox.isQueued('profileStep', 'personal')).toBe(false);
  });
});
