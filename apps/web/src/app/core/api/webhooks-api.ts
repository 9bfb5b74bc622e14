import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  CreateWebhookEndpointDto,
  CreatedWebhookEndpointView,
  UpdateWebhookEndpointDto,
  WebhookDeliveriesView,
  WebhookEndpointView,
  WebhookEndpointsView,
} from '@jumush/contracts/client';

const ENDPOINTS = '/api/companies/mine/webhooks';
const endpoint = (id: string) => `${ENDPOINTS}/${encodeURIComponent(id)}`;

/** Webhooks of the employer's company: endpoints, test events, the delivery log and replays (owners only). */
@Injectable({ providedIn: 'root' })
export class WebhooksApi {
  private readonly http = inject(HttpClient);

  list(): Observable<WebhookEndpointsView> {
    return this.http.get<WebhookEndpointsView>(ENDPOINTS);
  }

  create(dto: CreateWebhookEndpointDto): Observable<CreatedWebhookEndpointView> {
    return this.http.post<CreatedWebhookEndpointView>(ENDPOINTS, dto);
  }

  update(id: string, dto: UpdateWebhookEndpointDto): Observable<WebhookEndpointView> {
    return this.http.patch<WebhookEndpointView>(endpoint(id), dto);
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(endpoint(id));
  }

  sendTest(id: string): Observable<void> {
    return this.http.post<void>(`${endpoint(id)}/test`, {});
  }

  deliveries(id: string): Observable<WebhookDeliveriesView> {
    return this.http.get<WebhookDeliveriesView>(`${endpoint(id)}/deliveries`);
  }

  replay(id: string, deliveryId: string): Observable<void> {
    return this.http.post<void>(`${endpoint(id)}/deliveries/${encodeURIComponent(deliveryId)}/replay`, {});
  }
}
