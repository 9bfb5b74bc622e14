/**
 * A check-in answered in Telegram: the tap on a signed yes/no button the worker sent with a due check-in. The button
 * must carry our signature and the chat must be the one the check-in's migrant linked; then the answer takes the
 * app's own road (CheckInsService.answer: audit, grievance on a troubling answer), and the chat is told what was
 * recorded — a notice on the tap and a tick on the button.
 */
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Role, isSupportedLocale, type Actor, type Locale } from '@jumush/domain';
import { ApiConfig } from '@jumush/server/config';
import {
  checkInAcknowledgement,
  checkInCallbackKey,
  checkInKeyboard,
  defaultPreferences,
  localeOfTelegramUser,
  parseCheckInCallbackData,
  type CheckInCallback,
  type TelegramBotApi,
} from '@jumush/server/notifications';
import { CheckInsService } from '../after-arrival/check-ins.service';
import { ProblemException } from '../http/problem';
import { TelegramLinksRepository, type CheckInOwnerRow } from './telegram-links.repository';
import { TELEGRAM_BOT_API } from './telegram-links.service';
import type { ButtonTap } from './telegram-updates';

@Injectable()
export class TelegramCheckInsService {
  private readonly logger = new Logger(TelegramCheckInsService.name);
  private readonly key: Buffer | null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly links: TelegramLinksRepository,
    private readonly checkIns: CheckInsService,
    config: ApiConfig,
    @Inject(TELEGRAM_BOT_API) private readonly bot: TelegramBotApi | null,
  ) {
    this.key = config.TELEGRAM_BOT_TOKEN ? checkInCallbackKey(config.TELEGRAM_BOT_TOKEN) : null;
  }

  /** One tap. Whatever happens, the tap is acknowledged: Telegram keeps the button spinning otherwise. */
  async answer(tap: ButtonTap): Promise<void> {
    if (!this.bot || !this.key) return;
    const callback = parseCheckInCallbackData(this.key, tap.data);
    const owner = callback ? await this.links.checkInOwnerOfChat(this.dataSource.manager, callback.checkInId, tap.chatId) : undefined;
    if (!callback || !owner) {
      // Forged, from an old bot token, or from a chat that is not (or no longer) the migrant's: nothing recorded.
      await this.acknowledge(tap, checkInAcknowledgement(localeOfTelegramUser(tap.languageCode), null));
      return;
    }
    const locale = localeOf(owner);
    const recorded = await this.record(owner, callback);
    if (!recorded) {
      await this.acknowledge(tap, checkInAcknowledgement(locale, null));
      return;
    }
    await this.acknowledge(tap, checkInAcknowledgement(locale, callback));
    if (tap.messageId) await this.tick(tap.chatId, tap.messageId, checkInKeyboard(this.key, callback.checkInId, locale, recorded));
  }

  /** Through the app's own path; the answers now on the check-in, or null when it takes none (the job ended). */
  private async record(owner: CheckInOwnerRow, callback: CheckInCallback) {
    const actor: Actor = { id: owner.account_id, role: Role.Migrant, originCountry: owner.origin_country };
    try {
      return (await this.checkIns.answer(actor, callback.checkInId, callback.question, callback.answer)).answers;
    } catch (error) {
      if (error instanceof ProblemException) return null;
      throw error;
    }
  }

  /** Best effort, like every bot answer: the answer is recorded whether or not Telegram hears back. */
  private async acknowledge(tap: ButtonTap, text: string): Promise<void> {
    await this.call('answerCallbackQuery', () => (this.bot as TelegramBotApi).answerCallbackQuery(tap.callbackQueryId, text));
  }

  private async tick(chatId: string, messageId: string, keyboard: ReturnType<typeof checkInKeyboard>): Promise<void> {
    await this.call('editMessageReplyMarkup', () => (this.bot as TelegramBotApi).editMessageReplyMarkup(chatId, messageId, keyboard));
  }

  private async call(method: string, send: () => Promise<{ ok: boolean; status?: number; description?: string }>): Promise<void> {
    try {
      const answer = await send();
      if (!answer.ok) this.logger.warn(`Telegram refused ${method}: ${answer.status} ${answer.description}`);
    } catch (error) {
      this.logger.warn(`Could not call ${method}: ${(error as Error).message}`);
    }
  }
}

/** The language the migrant reads notifications in (as the worker chose for the message with the buttons). */
function localeOf(owner: CheckInOwnerRow): Locale {
  return isSupportedLocale(owner.notification_locale) ? owner.notification_locale : defaultPreferences(Role.Migrant, owner.locale).locale;
}
