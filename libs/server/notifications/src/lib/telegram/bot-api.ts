/**
 * The one Telegram Bot API client of Jumush: the worker's Telegram channel sends notifications through it, the
 * API answers the bot's commands through it. It reports what Telegram answered; callers decide what that means.
 */
import type { InlineKeyboardMarkup } from './check-in-buttons';

const BOT_API_TIMEOUT_MS = 10_000;
/** Telegram refuses texts longer than this. */
export const TELEGRAM_MAX_TEXT = 4_096;

export type BotApiAnswer =
  | { ok: true; messageId: string | null }
  | {
      ok: false;
      /** HTTP status of the answer (429: slow down, 400/403: chat gone or bot blocked). */
      status: number;
      /** Telegram's description, at most 200 characters; never contains the token. */
      description: string;
      retryAfterSeconds: number | null;
    };

interface RawAnswer {
  ok?: boolean;
  result?: { message_id?: number } | boolean;
  description?: string;
  parameters?: { retry_after?: number };
}

export class TelegramBotApi {
  constructor(
    private readonly apiUrl: string,
    private readonly token: string,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  /**
   * sendMessage as plain text (no parse mode: user-written values cannot break markup), without link previews; with
   * inline buttons when given.
   */
  sendMessage(chatId: string, text: string, replyMarkup?: InlineKeyboardMarkup): Promise<BotApiAnswer> {
    return this.call('sendMessage', {
      chat_id: chatId,
      text: Array.from(text).slice(0, TELEGRAM_MAX_TEXT).join(''),
      link_preview_options: { is_disabled: true },
      ...(replyMarkup ? { reply_markup: replyMarkup } : {}),
    });
  }

  /** Ends the button's spinner on the person's phone, with a short notice. */
  answerCallbackQuery(callbackQueryId: string, text: string): Promise<BotApiAnswer> {
    return this.call('answerCallbackQuery', { callback_query_id: callbackQueryId, text: Array.from(text).slice(0, 200).join('') });
  }

  /** Replaces the buttons of a message the bot sent (to tick the answer given). */
  editMessageReplyMarkup(chatId: string, messageId: string, replyMarkup: InlineKeyboardMarkup): Promise<BotApiAnswer> {
    return this.call('editMessageReplyMarkup', { chat_id: chatId, message_id: Number(messageId), reply_markup: replyMarkup });
  }

  private async call(method: string, body: Record<string, unknown>): Promise<BotApiAnswer> {
    const response = await this.fetchImpl(`${this.apiUrl.replace(/\/+$/, '')}/bot${this.token}/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(BOT_API_TIMEOUT_MS),
    });
    let answer: RawAnswer = {};
    try {
      answer = (await response.json()) as RawAnswer;
    } catch {
      // not JSON: judged by the status
    }
    if (response.ok && answer.ok)
      return {
        ok: true,
        messageId: typeof answer.result === 'object' && answer.result?.message_id !== undefined ? String(answer.result.message_id) : null,
      };
    return {
      ok: false,
      status: response.status,
      description: (answer.description ?? '').slice(0, 200),
      retryAfterSeconds: typeof answer.parameters?.retry_after === 'number' ? answer.parameters.retry_after : null,
    };
  }
}
