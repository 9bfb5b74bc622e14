/**
 * One interface for every channel. Two kinds:
 * - `recording` channels (in-app, captured SMS) write messages into PostgreSQL, a whole chunk at a
 *   time: the writes and the DELIVERED marks are one statement, so such a message exists exactly once
 *   whatever crashes.
 * - `external` channels (SMTP, SMS gateway, Telegram) call a provider, one message at a time, while
 *   its delivery row is locked; the row is marked DELIVERED right after the provider accepts. A crash
 *   in between (after the provider accepted, before the commit) is the one window in which a retry
 *   sends again; the provider gets the delivery's idempotency key to close it where it supports one.
 */
import type { NotificationChannel, NotificationLocale, NotificationType } from '@jumush/contracts';

export interface OutgoingMessage {
  /** notification_deliveries.id */
  deliveryId: string;
  outboxId: string;
  /** Null for an e-mail to an address with no account (an invitation). */
  accountId: string | null;
  channel: NotificationChannel;
  /** Phone number, e-mail address, chat id — or the account id for in-app. */
  address: string;
  type: NotificationType;
  locale: NotificationLocale;
  title: string;
  body: string;
  /** The text that fits the SMS limit. */
  sms: string;
  link: string | null;
  /** Stable for one (outbox row, recipient, channel) whatever job carries it: `deliver.<outboxId>.<accountId>.<channel>`. */
  idempotencyKey: string;
  /** The check-in a `checkInDue` message asks: Telegram answers it with buttons. */
  checkInId?: string | null;
}

export interface SendResult {
  providerMessageId: string | null;
}

export type RecordedField = 'address' | 'type' | 'title' | 'body' | 'sms' | 'link';

/** A row a recording channel wrote: its id, and whom it is for. */
export interface RecordedMessage {
  accountId: string;
  recordId: string;
}

export interface RecordingChannelAdapter {
  readonly kind: 'recording';
  readonly channel: NotificationChannel;
  /** Shown in logs and metrics: "in-app", "sms-capture". */
  readonly name: string;
  /**
   * One INSERT that records a chunk of messages. It runs inside the statement that claims the
   * deliveries and must insert only from the CTE `claimed_messages` — one row per delivery claimed
   * just now, none for one done before — with the columns delivery_id, outbox_id (bigint),
   * account_id (uuid) and the `recordedFields` (text; the other fields are NULL); it returns `id`
   * and `account_id`. The same text every time: it is prepared once per connection.
   */
  readonly recordSql: string;
  /** The message fields recordSql reads; only these are rendered and sent to PostgreSQL. */
  readonly recordedFields: readonly RecordedField[];
  /** Runs after the recording committed, with the rows written (e.g. to publish live updates). */
  afterRecorded?(records: RecordedMessage[]): Promise<void>;
}

export interface ExternalChannelAdapter {
  readonly kind: 'external';
  readonly channel: NotificationChannel;
  readonly name: string;
  /** True when "sending" keeps the text readable on this system (the development SMTP capture), as a recording channel does. */
  readonly captures?: boolean;
  send(message: OutgoingMessage): Promise<SendResult>;
}

export type ChannelAdapter = RecordingChannelAdapter | ExternalChannelAdapter;

/** The provider refused for good (bad address, blocked bot…): retrying cannot help. */
export class PermanentDeliveryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentDeliveryError';
  }
}

/** The provider asked us to slow down; the job goes back to the queue without using up an attempt. */
export class ProviderRateLimitedError extends Error {
  constructor(
    message: string,
    readonly retryAfterMs: number,
  ) {
    super(message);
    this.name = 'ProviderRateLimitedError';
  }
}

/** Classifies an HTTP status of a provider: 408/429/5xx may pass, other 4xx will not. */
export function isTransientHttpStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}
