import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  CapturedMessagesQuery,
  PageQueryDto,
  QUEUE_BOARD_PATH,
  type CapturedMessageView,
  type FailedDeliveryView,
  type Page,
} from '@jumush/contracts';
import { Role, type Actor } from '@jumush/domain';
import { Authenticated, CurrentActor } from '../auth/access.decorators';
import { NotificationsService } from './notifications.service';
import { QueueBoardAccess } from './queue-board';

@ApiTags('admin')
@Controller('admin')
export class AdminNotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly board: QueueBoardAccess,
  ) {}

  @Authenticated(Role.Admin)
  @Get('captured-messages')
  @ApiOperation({
    summary: 'SMS and e-mail the development/test capture adapters kept instead of sending, newest first; searchable by phone or e-mail',
  })
  capturedMessages(@Query() query: CapturedMessagesQuery): Promise<Page<CapturedMessageView>> {
    return this.notifications.capturedMessages(query.page, query.pageSize, { channel: query.channel, search: query.search });
  }

  @Authenticated(Role.Admin)
  @Get('notifications/failed')
  @ApiOperation({ summary: 'Deliveries that failed for good, with the reason' })
  failed(@Query() query: PageQueryDto): Promise<Page<FailedDeliveryView>> {
    return this.notifications.failedDeliveries(query.page, query.pageSize);
  }

  /**
   * Opens the queue dashboard for this admin: a short-lived, httpOnly cookie valid only under
   * /admin/queues (the dashboard's page and its own API cannot send a bearer token). Then open /admin/queues.
   */
  @Authenticated(Role.Admin)
  @Post('queues/session')
  @HttpCode(204)
  @ApiOperation({
    summary: `Let this admin open the queue dashboard at ${QUEUE_BOARD_PATH} for a few minutes`,
  })
  async queueBoardSession(@CurrentActor() actor: Actor, @Res({ passthrough: true }) response: Response): Promise<void> {
    const { value, options } = await this.board.issueCookie(actor);
    response.cookie(QueueBoardAccess.COOKIE, value, options);
  }
}
