import { Module } from '@nestjs/common';
import { ApiConfig } from '@jumush/server/config';
import { TelegramBotApi } from '@jumush/server/notifications';
import { AfterArrivalModule } from '../after-arrival/after-arrival.module';
import { TelegramCheckInsService } from './telegram-check-ins.service';
import { TelegramLinkController, TelegramWebhookController } from './telegram.controller';
import { TelegramLinksRepository } from './telegram-links.repository';
import { TELEGRAM_BOT_API, TelegramLinksService } from './telegram-links.service';

/** Linking Telegram chats to accounts (the web's "Connect Telegram", the bot's webhook) and check-ins answered by buttons. */
@Module({
  imports: [AfterArrivalModule],
  controllers: [TelegramLinkController, TelegramWebhookController],
  providers: [
    TelegramLinksService,
    TelegramCheckInsService,
    TelegramLinksRepository,
    {
      provide: TELEGRAM_BOT_API,
      inject: [ApiConfig],
      useFactory: (config: ApiConfig) =>
        config.telegramConfigured && config.TELEGRAM_BOT_TOKEN ? new TelegramBotApi(config.TELEGRAM_API_URL, config.TELEGRAM_BOT_TOKEN) : null,
    },
  ],
})
export class TelegramModule {}
