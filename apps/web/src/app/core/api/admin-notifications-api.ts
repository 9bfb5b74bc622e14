import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { CapturedMessageView, FailedDeliveryView, NotificationChannel, Page } from '@jumush/contracts/client';
import { ApiPaths } from './api-paths';

/** What an admin sees of outgoing messages: those the capture adapters kept, and deliveries that failed for good. */
@Injectable({ providedIn: 'root' })
export class AdminNotificationsApi {
  private readonly http = inject(HttpClient);

  capturedMessages(query: {
    page: number;
    pageSize: number;
    channel: NotificationChannel | null;
    search?: string;
  }): Observable<Page<CapturedMessageView>> {
    const params: Record<string, string> = { page: String(query.page), pageSize: String(query.pageSize) };
    if (query.channel) params['channel'] = query.channel;
    if (query.search) params['search'] = query.search;
    return this.http.get<Page<CapturedMessageView>>(ApiPaths.adminCapturedMessages, { params });
  }

  failedDeliveries(query: { page: number; pageSize: number }): Observable<Page<FailedDeliveryView>> {
    return this.http.get<Page<FailedDeliveryView>>(ApiPaths.adminFailedDeliveries, {
      params: { page: String(query.page), pageSize: String(query.pageSize) },
    });
  }

  /** Sets the short-lived cookie that admits this admin to the queue dashboard. */
  openQueueBoardSession(): Observable<void> {
    return this.http.post<void>(ApiPaths.adminQueueBoardSession, null);
  }
}
