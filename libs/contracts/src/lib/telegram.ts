/** Linking a Telegram chat to an account, so notifications can come through the Jumush bot. */

/** `GET /api/notifications/telegram`: whether this deployment has a bot, and whether my account has a chat linked. */
export interface TelegramLinkStatusView {
  /** False: there is no bot in this deployment, "Connect Telegram" is not offered. */
  configured: boolean;
  linked: boolean;
}

/** `POST /api/notifications/telegram/link`: a one-time deep link into the bot; opening it and pressing Start links the chat. */
export interface TelegramLinkView {
  /** `https://t.me/<bot>?start=<one-time token>` */
  deepLink: string;
  /** After this the link no longer works (15 minutes); asking again makes a new one and voids the old. */
  expiresAt: string;
}

/** How long a "Connect Telegram" link works. */
export const TELEGRAM_LINK_TTL_MINUTES = 15;
