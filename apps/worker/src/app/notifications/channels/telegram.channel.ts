/** Telegram through the Bot API: sendMessage to the chat the account linked. */
import { NotificationChannel } from '@jumush/contracts';
import { TelegramBotApi } from '@jumush/server/notifications';
import {
  PermanentDeliveryError,
  ProviderRateLimitedError,
  isTransientHttpStatus,
  type ExternalChannelAdapter,
  type OutgoingMessage,
  type SendResult,
} from './channel-adapter';

/** Longest pause a 429 may impose on the whole Telegram queue. */
const MAX_RETRY_AFTER_SECONDS = 300;

export function telegramText(message: OutgoingMessage): string {
  return [message.title, message.body, message.link].filter(Boolean).join('\n\n');
}

export class TelegramChannel implements ExternalChannelAdapter {
  readonly kind = 'external';
  readonly channel = NotificationChannel.Telegram;
  readonly name = 'telegram';
  private readonly bot: TelegramBotApi;

  constructor(apiUrl: string, token: string, fetchImpl: typeof fetch = fetch) {
    this.bot = new TelegramBotApi(apiUrl, token, fetchImpl);
  }

  async send(message: OutgoingMessage): Promise<SendResult> {
    const answer = await this.bot.sendMessage(message.address, telegramText(message));
    if (answer.ok) return { providerMessageId: answer.messageId };
    // The token never reaches the reason (it is part of the URL, not of the answer).
    const reason = `Telegram answered ${answer.status}: ${answer.description}`;
    if (answer.status === 429) throw new ProviderRateLimitedError(reason, Math.min(answer.retryAfterSeconds ?? 1, MAX_RETRY_AFTER_SECONDS) * 1_000);
    // 400 chat not found, 403 bot blocked by the user: sending again will not help.
    throw isTransientHttpStatus(answer.status) ? new Error(reason) : new PermanentDeliveryError(reason);
  }
}
