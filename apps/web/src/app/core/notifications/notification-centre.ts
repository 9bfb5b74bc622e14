import { DestroyRef, Injectable, InjectionToken, effect, inject, signal, untracked } from '@angular/core';
import type { Subscription } from 'rxjs';
import type { InAppNotificationView, NotificationStreamEvent } from '@jumush/contracts/client';
import { NotificationsApi } from '../api/notifications-api';
import { AuthService } from '../auth/auth.service';

/** Opens a server-sent event stream; null where the browser has none (the count is then read once). */
export type EventSourceFactory = ((url: string) => EventSource) | null;

export const EVENT_SOURCE_FACTORY = new InjectionToken<EventSourceFactory>('EventSource factory', {
  providedIn: 'root',
  factory: () => (typeof EventSource === 'undefined' ? null : (url: string) => new EventSource(url)),
});

/** Waits between reconnections: 3 s, doubling up to a minute (mobile data comes and goes). */
export function reconnectDelay(attempt: number): number {
  return Math.min(60_000, 3_000 * 2 ** Math.max(0, attempt));
}

/**
 * The unread count of the signed-in account, kept live through `GET /api/notifications/stream`.
 * The stream closes when the access token in its URL expires; it is then reopened with a fresh token.
 */
@Injectable({ providedIn: 'root' })
export class NotificationCentre {
  private readonly api = inject(NotificationsApi);
  private readonly auth = inject(AuthService);
  private readonly openStream = inject(EVENT_SOURCE_FACTORY);

  private readonly count = signal(0);
  private readonly newest = signal<InAppNotificationView | null>(null);
  readonly unread = this.count.asReadonly();
  readonly latest = this.newest.asReadonly();

  private source: EventSource | null = null;
  private ticketRequest: Subscription | null = null;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private attempts = 0;
  /** Follows the session: connects on sign-in, disconnects on sign-out. */
  constructor() {
    effect(() => {
      // An account that must enrol in two-factor may not read notifications yet (the API answers 403).
      const signedIn = this.auth.isSignedIn() && !this.auth.mustEnrolTwoFactor();
      untracked(() => (signedIn ? this.connect() : this.disconnect()));
    });
    inject(DestroyRef).onDestroy(() => this.disconnect());
  }

  /** After the page marked something read: the API answers the new count. */
  setUnread(count: number): void {
    this.count.set(Math.max(0, count));
  }

  private connect(): void {
    this.disconnect();
    if (!this.auth.accessToken()) return;
    if (!this.openStream) {
      this.api.unreadCount().subscribe({ next: (view) => this.count.set(view.unreadCount), error: () => undefined });
      return;
    }
    const openStream = this.openStream;
    // The stream opens with a single-use ticket asked for with the token in a header, never the token in its URL.
    this.ticketRequest = this.api.streamTicket().subscribe({
      next: ({ ticket }) => {
        this.ticketRequest = null;
        this.listen(openStream(this.api.streamUrl(ticket)));
      },
      error: () => {
        this.ticketRequest = null;
        this.scheduleAgain();
      },
    });
  }

  private listen(source: EventSource): void {
    this.source = source;
    source.addEventListener('notification', (event) => {
      this.attempts = 0;
      try {
        const data = JSON.parse((event as MessageEvent<string>).data) as NotificationStreamEvent;
        this.count.set(data.unreadCount);
        if (data.latest) this.newest.set(data.latest);
      } catch {
        // A malformed event changes nothing.
      }
    });
    source.onerror = () => {
      // Expired token or a dropped connection: reopen later with a fresh token.
      source.close();
      if (this.source !== source) return;
      this.source = null;
      const delay = reconnectDelay(this.attempts++);
      this.retry = setTimeout(() => {
        this.retry = null;
        this.auth.refresh().subscribe({
          next: (fresh) => (fresh ? this.connect() : undefined),
          error: () => this.scheduleAgain(),
        });
      }, delay);
    };
  }

  private scheduleAgain(): void {
    if (!this.auth.isSignedIn()) return;
    this.retry = setTimeout(() => this.connect(), reconnectDelay(this.attempts++));
  }

  private disconnect(): void {
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    this.ticketRequest?.unsubscribe();
    this.ticketRequest = null;
    this.source?.close();
    this.source = null;
    if (!this.auth.isSignedIn()) {
      this.count.set(0);
      this.newest.set(null);
      this.attempts = 0;
    }
  }
}
