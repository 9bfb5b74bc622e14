/**
 * Webhooks for employers' own systems: what the settings page (`/:lang/employer/webhooks`) and the API exchange, and
 * the JSON every delivery carries.
 *
 * A delivery is a POST of `WebhookEventBody` as JSON with the headers
 *   `Jumush-Event-Id`: the event's id, the same on every retry and replay (the receiver's idempotency key),
 *   `Jumush-Event-Type`: the event type,
 *   `Jumush-Signature`: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the endpoint's secret>`.
 * Any 2xx answer within 10 seconds counts as delivered; anything else is retried with exponential backoff. The
 * deliveries of one endpoint go in order: the next waits until the one before it is delivered or given up.
 */
import type { WebhookEventType } from '@jumush/domain';

export { WebhookEventType, WEBHOOK_EVENT_TYPES, WEBHOOK_TEST_EVENT, WEBHOOK_ENDPOINTS_PER_COMPANY } from '@jumush/domain';

export const WebhookEndpointStatus = {
  Active: 'ACTIVE',
  /** Switched off after repeated failures (or by the owner); nothing is sent until it is switched on again. */
  Disabled: 'DISABLED',
} as const;
export type WebhookEndpointStatus = (typeof WebhookEndpointStatus)[keyof typeof WebhookEndpointStatus];

export const WebhookDeliveryStatus = {
  /** Waiting for its turn or for its next attempt. */
  Pending: 'PENDING',
  Delivered: 'DELIVERED',
  /** Every attempt failed; it can be replayed. */
  Failed: 'FAILED',
  /** Not sent: the endpoint was switched off before its turn; it can be replayed. */
  Skipped: 'SKIPPED',
} as const;
export type WebhookDeliveryStatus = (typeof WebhookDeliveryStatus)[keyof typeof WebhookDeliveryStatus];

/** The JSON body of a delivery. Ids and the minimal non-secret facts only: never a name, a phone or a passport number. */
export interface WebhookEventBody {
  /** The event's id (a UUID), also in the `Jumush-Event-Id` header. */
  id: string;
  type: WebhookEventType | 'webhook.test';
  /** When it happened (ISO 8601, UTC). */
  occurred_at: string;
  company_id: string;
  data: WebhookApplicationCreatedData | WebhookApplicationWithdrawnData | WebhookBatchDecidedData | WebhookTestData;
}

export interface WebhookApplicationCreatedData {
  application_id: string;
  vacancy_id: string;
}

export interface WebhookApplicationWithdrawnData {
  application_id: string;
  vacancy_id: string;
  /** The status it was withdrawn from (SUBMITTED, SHORTLISTED, IN_BATCH, APPROVED). */
  previous_status: string;
}

export interface WebhookBatchDecidedData {
  batch_id: string;
  vacancy_id: string;
  /** APPROVE_ALL, APPROVE_ALL_EXCEPT or REFUSE_ALL. */
  decision: string;
  approved: number;
  refused: number;
}

export interface WebhookTestData {
  endpoint_id: string;
}

export interface WebhookEndpointView {
  id: string;
  url: string;
  description: string | null;
  events: WebhookEventType[];
  status: WebhookEndpointStatus;
  /** Failed attempts since the last delivered one. */
  consecutiveFailures: number;
  disabledAt: string | null;
  /** Why it was switched off: `failures` (repeated failures) or `owner`. */
  disabledReason: string | null;
  createdAt: string;
}

/** The answer to creating an endpoint: the only time its signing secret is shown. */
export interface CreatedWebhookEndpointView extends WebhookEndpointView {
  secret: string;
}

export interface WebhookEndpointsView {
  endpoints: WebhookEndpointView[];
  /** Only the company's owners manage endpoints; recruiters see nothing but this flag. */
  canManage: boolean;
}

export interface WebhookDeliveryView {
  id: string;
  endpointId: string;
  eventId: string;
  eventType: string;
  status: WebhookDeliveryStatus;
  /** Attempts made so far. */
  attempts: number;
  /** The last attempt's HTTP status (null: no answer, e.g. a timeout or a refused connection). */
  responseStatus: number | null;
  /** How long the last attempt took, in milliseconds. */
  durationMs: number | null;
  /** The last attempt's error in a few words (no answer body is kept). */
  error: string | null;
  /** The delivery this one replays, if it is a replay. */
  replayOf: string | null;
  createdAt: string;
  lastAttemptAt: string | null;
}

export interface WebhookDeliveriesView {
  deliveries: WebhookDeliveryView[];
}
