/**
 * Linking a Telegram chat to an account: a one-time deep link (token kept only as its hash, 15 minutes, one per
 * account), the bot's `/start <token>` and `/stop` arriving through the webhook, and unlinking from the web.
 */
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { NotificationChannel, TELEGRAM_LINK_TTL_MINUTES, type TelegramLinkStatusView, type TelegramLinkView } from '@jumush/contracts';
import { isSupportedLocale, type Actor, type Locale, type Role } from '@jumush/domain';
import { ApiConfig } from '@jumush/server/config';
import { queryRows } from '@jumush/server/database';
import { defaultPreferences, localeOfTelegramUser, telegramReply, type TelegramBotApi, type TelegramReply } from '@jumush/server/notifications';
import { AuditService } from '../audit/audit.service';
import { ProblemException } from '../http/problem';
import { botCommandOf } from './telegram-updates';

/** The bot client, or null when this deployment has no bot. */
export const TELEGRAM_BOT_API = Symbol('TELEGRAM_BOT_API');

const sha256 = (value: string) => createHash('sha256').update(value).digest();

interface AccountRow {
  role: Role;
  locale: string | null;
  notification_locale: string | null;
  channels: string[] | null;
}

@Injectable()
export class TelegramLinksService {
  private readonly logger = new Logger(TelegramLinksService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: ApiConfig,
    private readonly audit: AuditService,
    @Inject(TELEGRAM_BOT_API) private readonly bot: TelegramBotApi | null,
  ) {}

  async status(actor: Actor): Promise<TelegramLinkStatusView> {
    const [row] = await queryRows<{ linked: boolean }>(
      this.dataSource.manager,
      'SELECT telegram_chat_id IS NOT NULL AS linked FROM notification_preferences WHERE account_id = $1',
      [actor.id],
    );
    return { configured: this.bot !== null, linked: row?.linked ?? false };
  }

  /** A new one-time link; it replaces (and so voids) the account's previous one. */
  async createLink(actor: Actor): Promise<TelegramLinkView> {
    this.requireBot();
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + TELEGRAM_LINK_TTL_MINUTES * 60_000);
    await this.dataSource.query(
      `INSERT INTO telegram_link_tokens (account_id, token_hash, expires_at) VALUES ($1, $2, $3)
       ON CONFLICT (account_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, expires_at = EXCLUDED.expires_at, created_at = now()`,
      [actor.id, sha256(token).toString('hex'), expiresAt],
    );
    return {
      deepLink: `https://t.me/${this.config.TELEGRAM_BOT_USERNAME}?start=${token}`,
      expiresAt: expiresAt.toISOString(),
    };
  }

  /** Unlinks my chat (and says so in it); the Telegram channel is switched off. */
  async unlink(actor: Actor): Promise<void> {
    const chats = await this.dataSource.transaction(async (manager) => {
      const rows = await queryRows<{ chat_id: string }>(
        manager,
        `WITH linked AS (
           SELECT account_id, telegram_chat_id FROM notification_preferences WHERE account_id = $1 AND telegram_chat_id IS NOT NULL FOR UPDATE
         )
         UPDATE notification_preferences p SET telegram_chat_id = NULL, channels = array_remove(p.channels, 'TELEGRAM'), updated_at = now()
           FROM linked WHERE p.account_id = linked.account_id
         RETURNING linked.telegram_chat_id AS chat_id`,
        [actor.id],
      );
      if (rows.length > 0)
        await this.audit.record(manager, actor, {
          action: 'notifications.telegramUnlinked',
          subjectType: 'account',
          subjectId: actor.id,
        });
      return rows;
    });
    const locale = await this.localeOf(actor.id);
    for (const { chat_id } of chats) await this.reply(chat_id, 'unlinked', locale);
  }

  /** Whether the header carries the webhook secret (compared in constant time). */
  isWebhookSecret(header: unknown): boolean {
    const secret = this.config.TELEGRAM_WEBHOOK_SECRET;
    if (!secret || typeof header !== 'string' || header.length === 0) return false;
    return timingSafeEqual(sha256(header), sha256(secret));
  }

  /** One update from Telegram. Anything but a command the bot knows is ignored. */
  async handleUpdate(update: unknown): Promise<void> {
    if (!this.bot) return;
    const command = botCommandOf(update);
    if (!command) return;
    if (command.name === 'stop') return this.stop(command.chatId, command.languageCode);
    if (command.argument === null) {
      await this.reply(command.chatId, 'notLinked', localeOfTelegramUser(command.languageCode));
      return;
    }
    await this.consume(command.argument, command.chatId, command.languageCode);
  }

  private async consume(token: string, chatId: string, languageCode: string | undefined): Promise<void> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      // Deleting is what makes the token single-use: of two concurrent /start, one gets the row.
      const [used] = await queryRows<{ account_id: string; valid: boolean }>(
        manager,
        'DELETE FROM telegram_link_tokens WHERE token_hash = $1 RETURNING account_id, expires_at > now() AS valid',
        [sha256(token).toString('hex')],
      );
      if (!used) return { reply: 'linkExpired' as const, accountId: null };
      if (!used.valid) return { reply: 'linkExpired' as const, accountId: used.account_id };
      await this.link(manager, used.account_id, chatId);
      return { reply: 'linked' as const, accountId: used.account_id };
    });
    const locale = outcome.accountId ? await this.localeOf(outcome.accountId) : localeOfTelegramUser(languageCode);
    await this.reply(chatId, outcome.reply, locale);
  }

  /** Stores the chat and switches the Telegram channel on, next to the channels already chosen (or the role's defaults). */
  private async link(manager: EntityManager, accountId: string, chatId: string): Promise<void> {
    const account = await this.accountRow(manager, accountId);
    if (!account) return;
    const current = account.channels ?? defaultPreferences(account.role).channels;
    const channels = [...new Set([NotificationChannel.InApp, ...current, NotificationChannel.Telegram])];
    await manager.query(
      `INSERT INTO notification_preferences (account_id, channels, telegram_chat_id) VALUES ($1, $2::notification_channel[], $3)
       ON CONFLICT (account_id) DO UPDATE SET channels = EXCLUDED.channels, telegram_chat_id = EXCLUDED.telegram_chat_id, updated_at = now()`,
      [accountId, channels, chatId],
    );
    await this.audit.record(
      manager,
      { id: accountId, role: account.role, originCountry: null },
      {
        action: 'notifications.telegramLinked',
        subjectType: 'account',
        subjectId: accountId,
      },
    );
  }

  /** `/stop`: every account linked to this chat lets go of it. */
  private async stop(chatId: string, languageCode: string | undefined): Promise<void> {
    const unlinked = await this.dataSource.transaction(async (manager) => {
      const rows = await queryRows<{ account_id: string; role: Role }>(
        manager,
        `UPDATE notification_preferences p SET telegram_chat_id = NULL, channels = array_remove(p.channels, 'TELEGRAM'), updated_at = now()
           FROM accounts a WHERE a.id = p.account_id AND p.telegram_chat_id = $1
         RETURNING p.account_id, a.role`,
        [chatId],
      );
      for (const row of rows)
        await this.audit.record(
          manager,
          { id: row.account_id, role: row.role, originCountry: null },
          {
            action: 'notifications.telegramUnlinked',
            subjectType: 'account',
            subjectId: row.account_id,
            data: { by: 'bot' },
          },
        );
      return rows;
    });
    const locale = unlinked[0] ? await this.localeOf(unlinked[0].account_id) : localeOfTelegramUser(languageCode);
    await this.reply(chatId, unlinked.length > 0 ? 'unlinked' : 'notLinked', locale);
  }

  private async accountRow(manager: EntityManager, accountId: string): Promise<AccountRow | undefined> {
    const [row] = await queryRows<AccountRow>(
      manager,
      `SELECT a.role, a.locale, p.locale AS notification_locale, p.channels::text[] AS channels
         FROM accounts a LEFT JOIN notification_preferences p ON p.account_id = a.id WHERE a.id = $1`,
      [accountId],
    );
    return row;
  }

  /** The language the account reads notifications in: its choice, else the web's, else its role's default. */
  private async localeOf(accountId: string): Promise<Locale> {
    const row = await this.accountRow(this.dataSource.manager, accountId);
    if (!row) return localeOfTelegramUser(undefined);
    if (isSupportedLocale(row.notification_locale)) return row.notification_locale;
    if (isSupportedLocale(row.locale)) return row.locale;
    return defaultPreferences(row.role).locale;
  }

  /** Best effort: the link is made whether or not the answer gets through. The chat id stays out of the log. */
  private async reply(chatId: string, reply: TelegramReply, locale: Locale): Promise<void> {
    if (!this.bot) return;
    try {
      const answer = await this.bot.sendMessage(chatId, telegramReply(reply, locale));
      if (!answer.ok) this.logger.warn(`Telegram refused the "${reply}" answer: ${answer.status} ${answer.description}`);
    } catch (error) {
      this.logger.warn(`Could not send the "${reply}" answer to Telegram: ${(error as Error).message}`);
    }
  }

  private requireBot(): void {
    if (!this.bot)
      throw new ProblemException(409, {
        code: 'telegram.notConfigured',
        detail: 'Telegram is not configured in this deployment.',
      });
  }
}
