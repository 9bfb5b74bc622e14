/** Telegram through the Bot API: sendMessage to the chat the account linked. */
import { NotificationChannel, NotificationType } from '@jumush/contracts';
import { TelegramBotApi, checkInCallbackKey, checkInKeyboard, checkInQuestionList, type InlineKeyboardMarkup } from '@jumush/server/notifications';
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

/** A due check-in is answered in the chat: its numbered questions, and a row of signed yes/no buttons for each. */
export function telegramCheckIn(message: OutgoingMessage, key: Buffer): { text: string; replyMarkup: InlineKeyboardMarkup } | null {
  if (message.type !== NotificationType.CheckInDue || !message.checkInId) return null;
  return {
    text: [message.title, message.body, checkInQuestionList(message.locale), message.link].filter(Boolean).join('\n\n'),
    replyMarkup: checkInKeyboard(key, message.checkInId, message.locale),
  };
}

export class TelegramChannel implements ExternalChannelAdapter {
  readonly kind = 'external';
  readonly channel = NotificationChannel.Telegram;
  readonly name = 'telegram';
  private readonly bot: TelegramBotApi;
  private readonly callbackKey: Buffer;

  constructor(apiUrl: string, token: string, fetchImpl: typeof fetch = fetch) {
    this.bot = new TelegramBotApi(apiUrl, token, fetchImpl);
    this.callbackKey = checkInCallbackKey(token);
  }

  async send(message: OutgoingMessage): Promise<SendResult> {
    const checkIn = telegramCheckIn(message, this.callbackKey);
    const answer = checkIn
      ? await this.bot.sendMessage(message.address, checkIn.text, checkIn.replyMarkup)
      : await this.bot.sendMessage(message.address, telegramText(message));
    if (answer.ok) return { providerMessageId: answer.messageId };
    // The token never reaches the reason (it is part of the URL, not of the answer).
    const reason = `Telegram answered ${answer.status}: ${answer.description}`;
    if (answer.status === 429) throw new ProviderRateLimitedError(reason, Math.min(answer.retryAfterSeconds ?? 1, MAX_RETRY_AFTER_SECONDS) * 1_000);
    // 400 chat not found, 403 bot blocked by the user: sending again will not help.
    throw isTransientHttpStatus(answer.status) ? new Error(reason) : new PermanentDeliveryError(reason);
  }
}
