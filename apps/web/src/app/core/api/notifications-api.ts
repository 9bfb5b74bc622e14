import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  InAppNotificationView,
  LetterVerificationView,
  NotificationPreferencesView,
  StreamTicketView,
  Page,
  UnreadCountView,
  UpdateNotificationPreferencesDto,
} from '@jumush/contracts/client';
import { ApiPaths } from './api-paths';

/** The in-app notification centre of any signed-in account. */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);

  list(page: number): Observable<Page<InAppNotificationView>> {
    return this.http.get<Page<InAppNotificationView>>(ApiPaths.notifications, { params: { page: String(page) } });
  }

  unreadCount(): Observable<UnreadCountView> {
    return this.http.get<UnreadCountView>(ApiPaths.unreadCount);
  }

  markRead(id: string): Observable<UnreadCountView> {
    return this.http.post<UnreadCountView>(ApiPaths.notificationRead(id), null);
  }

  markAllRead(): Observable<UnreadCountView> {
    return this.http.post<UnreadCountView>(ApiPaths.notificationsReadAll, null);
  }

  preferences(): Observable<NotificationPreferencesView> {
    return this.http.get<NotificationPreferencesView>(ApiPaths.notificationPreferences);
  }

  updatePreferences(choice: UpdateNotificationPreferencesDto): Observable<NotificationPreferencesView> {
    return this.http.put<NotificationPreferencesView>(ApiPaths.notificationPreferences, choice);
  }

  /** A one-minute, single-use ticket for the stream: EventSource cannot send headers, and no token goes in a URL. */
  streamTicket(): Observable<StreamTicketView> {
    return this.http.post<StreamTicketView>(ApiPaths.notificationStreamTicket, null);
  }

  /** URL of the server-sent event stream, opened with a ticket from `streamTicket`. */
  streamUrl(ticket: string): string {
    return `${ApiPaths.notificationStream}?ticket=${encodeURIComponent(ticket)}`;
  }
}

/** The public check of an approval letter (no sign-in). */
@Injectable({ providedIn: 'root' })
export class LetterVerificationApi {
  private readonly http = inject(HttpClient);

  verify(code: string): Observable<LetterVerificationView> {
    return this.http.get<LetterVerificationView>(ApiPaths.verifyLetter(code));
  }
}
