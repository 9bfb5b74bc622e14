/** Telegram through the Bot API: sendMessage to the chat the account linked. */
import { NotificationChannel } from '@jumush/contracts';
import {
  PermanentDeliveryError,
  ProviderRateLimitedError,
  isTransientHttpStatus,
  type ExternalChannelAdapter,
  type OutgoingMessage,
  type SendResult,
} from './channel-adapter';

const TELEGRAM_TIMEOUT_MS = 10_000;
/** Telegram refuses texts longer than this. */
const TELEGRAM_MAX_TEXT = 4_096;

interface BotApiAnswer {
  ok?: boolean;
  result?: { message_id?: number };
  error_code?: number;
  description?: string;
  parameters?: { retry_after?: number };
}

export function telegramText(message: OutgoingMessage): string {
  return [message.title, message.body, message.link].filter(Boolean).join('\n\n').slice(0, TELEGRAM_MAX_TEXT);
}

export class TelegramChannel implements ExternalChannelAdapter {
  readonly kind = 'external';
  readonly channel = NotificationChannel.Telegram;
  readonly name = 'telegram';

  constructor(
    private readonly apiUrl: string,
    private readonly token: string,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  async send(message: OutgoingMessage): Promise<SendResult> {
    const response = await this.fetchImpl(`${this.apiUrl.replace(/\/+$/, '')}/bot${this.token}/sendMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ chat_id: message.address, text: telegramText(message), link_preview_options: { is_disabled: true } }),
      signal: AbortSignal.timeout(TELEGRAM_TIMEOUT_MS),
    });
    let answer: BotApiAnswer = {};
    try {
      answer = (await response.json()) as BotApiAnswer;
    } catch {
      // not JSON: judged by the status below
    }
    if (response.ok && answer.ok) return { providerMessageId: answer.result?.message_id === undefined ? null : String(answer.result.message_id) };
    // The token never reaches the reason (it is part of the URL, not of the answer).
    const reason = `Telegram answered ${response.status}: ${(answer.description ?? '').slice(0, 200)}`;
    if (response.status === 429) throw new ProviderRateLimitedError(reason, Math.min(answer.parameters?.retry_after ?? 1, 300) * 1_000);
    // 400 chat not found, 403 bot blocked by the user: sending again will not help.
    throw isTransientHttpStatus(response.status) ? new Error(reason) : new PermanentDeliveryError(reason);
  }
}
