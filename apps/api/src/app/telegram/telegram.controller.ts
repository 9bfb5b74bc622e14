import { Body, Controller, Delete, Get, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { TelegramLinkStatusView, TelegramLinkView } from '@jumush/contracts';
import type { Actor } from '@jumush/domain';
import { Authenticated, CurrentActor, Public } from '../auth/access.decorators';
import { ProblemException } from '../http/problem';
import { TelegramCheckInsService } from './telegram-check-ins.service';
import { TelegramLinksService } from './telegram-links.service';
import { buttonTapOf } from './telegram-updates';

@ApiTags('notifications')
@Controller('notifications/telegram')
export class TelegramLinkController {
  constructor(private readonly links: TelegramLinksService) {}

  @Authenticated()
  @Get()
  @ApiOperation({
    summary: 'Whether Telegram is on here, and whether my chat is linked',
  })
  status(@CurrentActor() actor: Actor): Promise<TelegramLinkStatusView> {
    return this.links.status(actor);
  }

  @Authenticated()
  @Post('link')
  @ApiOperation({
    summary: 'A one-time deep link into the bot (15 minutes; replaces my previous one)',
  })
  link(@CurrentActor() actor: Actor): Promise<TelegramLinkView> {
    return this.links.createLink(actor);
  }

  @Authenticated()
  @Delete('link')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Unlink my Telegram chat and switch the channel off',
  })
  async unlink(@CurrentActor() actor: Actor): Promise<void> {
    await this.links.unlink(actor);
  }
}

/** Telegram posts the bot's updates here (setWebhook with secret_token = TELEGRAM_WEBHOOK_SECRET). */
@Controller('telegram')
export class TelegramWebhookController {
  constructor(
    private readonly links: TelegramLinksService,
    private readonly checkIns: TelegramCheckInsService,
  ) {}

  /**
   * Public, but only Telegram knows the secret. Every update that got through is answered 200, even one the
   * bot ignores: Telegram would otherwise send it again and again.
   */
  @Public()
  @Post('webhook')
  @HttpCode(200)
  @ApiExcludeEndpoint()
  async webhook(@Headers('x-telegram-bot-api-secret-token') secret: string | undefined, @Body() update: unknown): Promise<void> {
    if (!this.links.isWebhookSecret(secret))
      throw new ProblemException(401, {
        code: 'auth.unauthenticated',
        detail: 'Not from Telegram.',
      });
    const tap = buttonTapOf(update);
    if (tap) await this.checkIns.answer(tap);
    else await this.links.handleUpdate(update);
  }
}
