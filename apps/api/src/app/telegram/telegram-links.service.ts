/**
 * Linking a Telegram chat to an account: a one-time deep link (token kept only as its hash, 15 minutes, one per
 * account), the bot's `/start <token>` and `/stop` arriving through the webhook, and unlinking from the web.
 */
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { NotificationChannel, TELEGRAM_LINK_TTL_MINUTES, type TelegramLinkStatusView, type TelegramLinkView } from '@jumush/contracts';
import { isSupportedLocale, type Actor, type Locale } from '@jumush/domain';
import { ApiConfig, Clock } from '@jumush/server/config';
import { defaultPreferences, localeOfTelegramUser, telegramReply, type TelegramBotApi, type TelegramReply } from '@jumush/server/notifications';
import { AuditService } from '../audit/audit.service';
import { ProblemException } from '../http/problem';
import { TelegramLinksRepository } from './telegram-links.repository';
import { botCommandOf } from './telegram-updates';

/** The bot client, or null when this deployment has no bot. */
export const TELEGRAM_BOT_API = Symbol('TELEGRAM_BOT_API');

const sha256 = (value: string) => createHash('sha256').update(value).digest();

@Injectable()
export class TelegramLinksService {
  private readonly logger = new Logger(TelegramLinksService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly links: TelegramLinksRepository,
    private readonly config: ApiConfig,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    @Inject(TELEGRAM_BOT_API) private readonly bot: TelegramBotApi | null,
  ) {}

  async status(actor: Actor): Promise<TelegramLinkStatusView> {
    return { configured: this.bot !== null, linked: await this.links.isLinked(this.dataSource.manager, actor.id) };
  }

  /** A new one-time link; it replaces (and so voids) the account's previous one. */
  async createLink(actor: Actor): Promise<TelegramLinkView> {
    this.requireBot();
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.clock.now().getTime() + TELEGRAM_LINK_TTL_MINUTES * 60_000);
    await this.links.saveLinkToken(this.dataSource.manager, actor.id, sha256(token).toString('hex'), expiresAt);
    return {
      deepLink: `https://t.me/${this.config.TELEGRAM_BOT_USERNAME}?start=${token}`,
      expiresAt: expiresAt.toISOString(),
    };
  }

  /** Unlinks my chat (and says so in it); the Telegram channel is switched off. */
  async unlink(actor: Actor): Promise<void> {
    const chats = await this.dataSource.transaction(async (manager) => {
      const rows = await this.links.unlinkAccount(manager, actor.id);
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
      const used = await this.links.consumeLinkToken(manager, sha256(token).toString('hex'), this.clock.now());
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
    const account = await this.links.account(manager, accountId);
    if (!account) return;
    const current = account.channels ?? defaultPreferences(account.role).channels;
    const channels = [...new Set([NotificationChannel.InApp, ...current, NotificationChannel.Telegram])];
    await this.links.linkChat(manager, accountId, chatId, channels);
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
      const rows = await this.links.unlinkChat(manager, chatId);
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

  /** The language the account reads notifications in: its choice, else the web's, else its role's default. */
  private async localeOf(accountId: string): Promise<Locale> {
    const row = await this.links.account(this.dataSource.manager, accountId);
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
