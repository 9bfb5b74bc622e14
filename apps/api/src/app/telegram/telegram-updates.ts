/** What the bot understands in an update Telegram posts to the webhook: `/start <token>` and `/stop` in a private chat. */

export interface BotCommand {
  name: 'start' | 'stop';
  /** The text after the command: the link token of `/start <token>`, or null. */
  argument: string | null;
  chatId: string;
  /** The sender's Telegram language ("ky", "uz", "ru-RU"…), to answer a stranger in it. */
  languageCode: string | undefined;
}

interface Update {
  message?: {
    text?: unknown;
    chat?: { id?: unknown; type?: unknown };
    from?: { language_code?: unknown; is_bot?: unknown };
  };
}

const COMMAND = /^\/(start|stop)(?:@[A-Za-z0-9_]+)?(?:\s+(\S+))?\s*$/;

/**
 * The command in an update, or null for anything else (other update kinds, group chats, bots, other text):
 * those are acknowledged and ignored, since Telegram resends any update the webhook does not accept.
 */
export function botCommandOf(update: unknown): BotCommand | null {
  if (typeof update !== 'object' || update === null) return null;
  const message = (update as Update).message;
  if (!message || typeof message.text !== 'string') return null;
  const chatId = message.chat?.id;
  // Links are personal: only a one-to-one chat with a person may be linked.
  if (message.chat?.type !== 'private' || message.from?.is_bot === true) return null;
  if (typeof chatId !== 'number' && typeof chatId !== 'string') return null;
  if (!/^-?\d{1,20}$/.test(String(chatId))) return null;
  const match = COMMAND.exec(message.text.trim());
  if (!match) return null;
  const languageCode = message.from?.language_code;
  return {
    name: match[1] as BotCommand['name'],
    argument: match[2] ?? null,
    chatId: String(chatId),
    languageCode: typeof languageCode === 'string' ? languageCode : undefined,
  };
}

/** A tap on an inline button of a message the bot sent in a private chat. */
export interface ButtonTap {
  callbackQueryId: string;
  chatId: string;
  /** The message whose buttons were tapped, to tick the answer on it. */
  messageId: string | null;
  /** The button's callback_data, unverified. */
  data: string;
  languageCode: string | undefined;
}

interface CallbackUpdate {
  callback_query?: {
    id?: unknown;
    data?: unknown;
    from?: { id?: unknown; language_code?: unknown; is_bot?: unknown };
    message?: { message_id?: unknown; chat?: { id?: unknown; type?: unknown } };
  };
}

const CHAT_ID = /^-?\d{1,20}$/;

/** The button tap in an update, or null for anything else (a tap in a group, by a bot, on an inline-mode message…). */
export function buttonTapOf(update: unknown): ButtonTap | null {
  if (typeof update !== 'object' || update === null) return null;
  const query = (update as CallbackUpdate).callback_query;
  if (!query || typeof query.id !== 'string' || typeof query.data !== 'string') return null;
  const chat = query.message?.chat;
  if (chat?.type !== 'private' || query.from?.is_bot === true) return null;
  if ((typeof chat.id !== 'number' && typeof chat.id !== 'string') || !CHAT_ID.test(String(chat.id))) return null;
  // In a private chat the chat is the person: a tap by anyone else is not theirs to make.
  if (String(query.from?.id) !== String(chat.id)) return null;
  const messageId = query.message?.message_id;
  const languageCode = query.from?.language_code;
  return {
    callbackQueryId: query.id,
    chatId: String(chat.id),
    messageId: typeof messageId === 'number' ? String(messageId) : null,
    data: query.data,
    languageCode: typeof languageCode === 'string' ? languageCode : undefined,
  };
}
