/** SMS: a generic HTTP gateway in production; without one, messages are captured for the admin page. */
import { NotificationChannel } from '@jumush/contracts';
import {
  PermanentDeliveryError,
  ProviderRateLimitedError,
  isTransientHttpStatus,
  type ExternalChannelAdapter,
  type OutgoingMessage,
  type RecordingChannelAdapter,
  type SendResult,
} from './channel-adapter';

const GATEWAY_TIMEOUT_MS = 10_000;

/**
 * POST {SMS_GATEWAY_URL} with `Authorization: Bearer {SMS_GATEWAY_KEY}`, `Idempotency-Key` and
 * JSON `{ "to": "+996…", "text": "…", "reference": "deliver.…" }`; any 2xx is accepted and an `id`
 * or `messageId` in the JSON answer is kept. 408, 429 and 5xx are retried, other 4xx are final.
 */
export class HttpSmsChannel implements ExternalChannelAdapter {
  readonly kind = 'external';
  readonly channel = NotificationChannel.Sms;
  readonly name = 'sms-gateway';

  constructor(
    private readonly url: string,
    private readonly key: string | undefined,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  async send(message: OutgoingMessage): Promise<SendResult> {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'idempotency-key': message.idempotencyKey };
    if (this.key) headers['authorization'] = `Bearer ${this.key}`;
    const response = await this.fetchImpl(this.url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ to: message.address, text: message.sms, reference: message.idempotencyKey }),
      signal: AbortSignal.timeout(GATEWAY_TIMEOUT_MS),
    });
    const text = await response.text();
    if (response.status === 429)
      throw new ProviderRateLimitedError('SMS gateway: too many requests', retryAfterMs(response.headers.get('retry-after')));
    if (!response.ok) {
      const reason = `SMS gateway answered ${response.status}: ${text.slice(0, 200)}`;
      throw isTransientHttpStatus(response.status) ? new Error(reason) : new PermanentDeliveryError(reason);
    }
    return { providerMessageId: providerIdOf(text) };
  }
}

function retryAfterMs(header: string | null): number {
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 300) * 1_000 : 1_000;
}

function providerIdOf(text: string): string | null {
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body !== 'object' || body === null) return null;
    const { id, messageId } = body as Record<string, unknown>;
    const value = id ?? messageId;
    return typeof value === 'string' || typeof value === 'number' ? String(value).slice(0, 128) : null;
  } catch {
    return null;
  }
}

/** Development and tests: SMS are kept in captured_messages, in the same statement that marks them delivered. */
export class CapturingSmsChannel implements RecordingChannelAdapter {
  readonly kind = 'recording';
  readonly channel = NotificationChannel.Sms;
  readonly name = 'sms-capture';
  readonly recordSql = `INSERT INTO captured_messages (channel, recipient, subject, body, account_id, outbox_id)
    SELECT 'SMS', m.address, NULL, m.sms, m.account_id, m.outbox_id FROM claimed_messages m ORDER BY m.delivery_id
    RETURNING id, account_id`;
  readonly recordedFields = ['address', 'sms'] as const;
}
