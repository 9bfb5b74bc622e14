import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { EVENT_SOURCE_FACTORY, NotificationCentre, reconnectDelay } from './notification-centre';

class FakeEventSource {
  static opened: FakeEventSource[] = [];
  listeners = new Map<string, (event: MessageEvent<string>) => void>();
  onerror: (() => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void {
    this.listeners.set(type, listener);
  }
  close(): void {
    this.closed = true;
  }
  emit(data: unknown): void {
    this.listeners.get('notification')?.({ data: JSON.stringify(data) } as MessageEvent<string>);
  }
}

describe('NotificationCentre', () => {
  let auth: AuthService;

  beforeEach(() => {
    FakeEventSource.opened = [];
    jest.useFakeTimers();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: EVENT_SOURCE_FACTORY, useValue: (url: string) => new FakeEventSource(url) as unknown as EventSource },
      ],
    });
    auth = TestBed.inject(AuthService);
  });

  afterEach(() => {
    jest.useRealTimers();
    TestBed.inject(HttpTestingController).verify();
  });

  function signIn(token: string) {
    jest.spyOn(auth, 'accessToken').mockReturnValue(token);
    (auth as unknown as { current: { set(v: unknown): void } }).current.set({ id: 'acc', role: 'MIGRANT' });
  }

  /** The ticket the API hands out for the stream (asked for with the token in a header). */
  function answerTicket(ticket: string) {
    const request = TestBed.inject(HttpTestingController).expectOne('/api/notifications/stream-ticket');
    expect(request.request.method).toBe('POST');
    request.flush({ ticket, expiresInSeconds: 60 });
  }

  it('follows the live unread count of the signed-in account, opening the stream with a ticket, never the token', () => {
    const centre = TestBed.inject(NotificationCentre);
    signIn('tok');
    TestBed.tick();
    expect(FakeEventSource.opened).toEqual([]);
    answerTicket('t1');
    expect(FakeEventSource.opened.map((s) => s.url)).toEqual(['/api/notifications/stream?ticket=t1']);
    expect(FakeEventSource.opened[0].url).not.toContain('tok');
    FakeEventSource.opened[0].emit({ unreadCount: 4, latest: null });
    expect(centre.unread()).toBe(4);
    centre.setUnread(1);
    expect(centre.unread()).toBe(1);
  });

  it('reopens the stream with a fresh token and a new ticket after it drops', () => {
    TestBed.inject(NotificationCentre);
    signIn('old');
    TestBed.tick();
    answerTicket('t1');
    const refresh = jest.spyOn(auth, 'refresh').mockImplementation(() => {
      jest.spyOn(auth, 'accessToken').mockReturnValue('new');
      return of('new');
    });
    FakeEventSource.opened[0].onerror?.();
    expect(FakeEventSource.opened[0].closed).toBe(true);
    jest.advanceTimersByTime(reconnectDelay(0));
    expect(refresh).toHaveBeenCalled();
    answerTicket('t2');
    expect(FakeEventSource.opened[1].url).toBe('/api/notifications/stream?ticket=t2');
  });

  it('tries again later when no ticket can be had', () => {
    TestBed.inject(NotificationCentre);
    signIn('tok');
    TestBed.tick();
    TestBed.inject(HttpTestingController).expectOne('/api/notifications/stream-ticket').flush(null, { status: 503, statusText: 'Unavailable' });
    expect(FakeEventSource.opened).toEqual([]);
    jest.advanceTimersByTime(reconnectDelay(0));
    answerTicket('t3');
    expect(FakeEventSource.opened.map((s) => s.url)).toEqual(['/api/notifications/stream?ticket=t3']);
  });

  it('waits longer after each failure, up to a minute', () => {
    expect([0, 1, 2, 10].map(reconnectDelay)).toEqual([3000, 6000, 12000, 60000]);
  });
});
