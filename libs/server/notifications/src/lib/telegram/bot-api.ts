/**
 * The one Telegram Bot API client of Jumush: the worker's Telegram channel sends notifications through it, the
 * API answers the bot's commands through it. It reports what Telegram answered; callers decide what that means.
 */
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
  result?: { message_id?: number };
  description?: string;
  parameters?: { retry_after?: number };
}

export class TelegramBotApi {
  constructor(
    private readonly apiUrl: string,
    private readonly token: string,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  /** sendMessage as plain text (no parse mode: user-written values cannot break markup), without link previews. */
  async sendMessage(chatId: string, text: string): Promise<BotApiAnswer> {
    const response = await this.fetchImpl(`${this.apiUrl.replace(/\/+$/, '')}/bot${this.token}/sendMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        chat_id: chatId,
        text: Array.from(text).slice(0, TELEGRAM_MAX_TEXT).join(''),
        link_preview_options: { is_disabled: true },
      }),
      signal: AbortSignal.timeout(BOT_API_TIMEOUT_MS),
    });
    let answer: RawAnswer = {};
    try {
      answer = (await response.json()) as RawAnswer;
    } catch {
      // not JSON: judged by the status
    }
    if (response.ok && answer.ok) return { ok: true, messageId: answer.result?.message_id === undefined ? null : String(answer.result.message_id) };
    return {
      ok: false,
      status: response.status,
      description: (answer.description ?? '').slice(0, 200),
      retryAfterSeconds: typeof answer.parameters?.retry_after === 'number' ? answer.parameters.retry_after : null,
    };
  }
}
