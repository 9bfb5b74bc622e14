/**
 * One interface for every channel. Two kinds:
 * - `recording` channels (in-app, captured SMS) write the message into PostgreSQL: the write and the
 *   DELIVERED mark are one statement, so such a message exists exactly once whatever crashes.
 * - `external` channels (SMTP, SMS gateway, Telegram) call a provider while the delivery row is locked;
 *   the row is marked DELIVERED right after the provider accepts. A crash in between (after the
 *   provider accepted, before the commit) is the one window in which a retry sends again; the
 *   provider gets the delivery's idempotency key to close it where it supports one.
 */
import type { NotificationChannel, NotificationLocale, NotificationType } from '@jumush/contracts';

export interface OutgoingMessage {
  outboxId: string;
  accountId: string;
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
  /** Stable for one (outbox row, recipient, channel): `deliver.<outboxId>.<accountId>.<channel>`. */
  idempotencyKey: string;
}

export interface SendResult {
  providerMessageId: string | null;
}

/**
 * SQL that records the message. It runs inside the statement that claims the delivery: it must read
 * the claimed row from the CTE `claimed` (one row, or none when the delivery was done before) and
 * insert only `FROM claimed`. `$1` is the outbox id, `$2` the account id; its own parameters start at `$4`.
 */
export interface RecordingSql {
  sql: string;
  params: unknown[];
}

export interface RecordingChannelAdapter {
  readonly kind: 'recording';
  readonly channel: NotificationChannel;
  /** Shown in logs and metrics: "in-app", "sms-capture". */
  readonly name: string;
  recordSql(message: OutgoingMessage): RecordingSql;
  /** Runs after the recording committed, with the id of the written row (e.g. to publish a live update). */
  afterRecorded?(message: OutgoingMessage, recordId: string): Promise<void>;
}

export interface ExternalChannelAdapter {
  readonly kind: 'external';
  readonly channel: NotificationChannel;
  readonly name: string;
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
