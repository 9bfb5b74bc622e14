import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  NotificationsPageQuery,
  UpdateNotificationPreferencesDto,
  type InAppNotificationView,
  type NotificationPreferencesView,
  type Page,
  type UnreadCountView,
} from '@jumush/contracts';
import type { Actor } from '@jumush/domain';
import { Authenticated, CurrentActor } from '../auth/access.decorators';
import { NotificationStreams } from './notification-stream';
import { NotificationsService } from './notifications.service';
import { ACCESS_TOKEN_QUERY, type StreamRequest } from './stream-token.middleware';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly streams: NotificationStreams,
  ) {}

  @Authenticated()
  @Get()
  @ApiOperation({ summary: 'My notification centre, newest first' })
  list(@CurrentActor() actor: Actor, @Query() query: NotificationsPageQuery): Promise<Page<InAppNotificationView>> {
    return this.notifications.list(actor, query.page, query.pageSize);
  }

  @Authenticated()
  @Get('unread-count')
  @ApiOperation({ summary: 'How many of my notifications are unread' })
  async unreadCount(@CurrentActor() actor: Actor): Promise<UnreadCountView> {
    return { unreadCount: await this.notifications.unreadCount(actor.id) };
  }

  @Authenticated()
  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark all my notifications read' })
  async readAll(@CurrentActor() actor: Actor): Promise<UnreadCountView> {
    return { unreadCount: await this.notifications.markAllRead(actor) };
  }

  @Authenticated()
  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one of my notifications read' })
  async read(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<UnreadCountView> {
    return { unreadCount: await this.notifications.markRead(actor, id) };
  }

  @Authenticated()
  @Get('preferences')
  @ApiOperation({ summary: 'My channels and notification language' })
  preferences(@CurrentActor() actor: Actor): Promise<NotificationPreferencesView> {
    return this.notifications.preferences(actor);
  }

  @Authenticated()
  @Put('preferences')
  @ApiOperation({
    summary: 'Choose my channels and notification language (in-app stays on)',
  })
  updatePreferences(@CurrentActor() actor: Actor, @Body() dto: UpdateNotificationPreferencesDto): Promise<NotificationPreferencesView> {
    return this.notifications.updatePreferences(actor, dto);
  }

  /**
   * Server-sent events: `event: notification` with `{ unreadCount, latest }` once on connecting and
   * whenever a notification arrives for me. The access token may come as `?access_token=` (EventSource
   * sends no headers); the stream ends when that token expires, and the browser reconnects with a new one.
   */
  @Authenticated()
  @Get('stream')
  @ApiProduces('text/event-stream')
  @ApiQuery({
    name: ACCESS_TOKEN_QUERY,
    required: false,
    description: 'The access token, for clients that cannot send an Authorization header',
  })
  @ApiOperation({
    summary: 'Live unread count and newest notification (server-sent events)',
  })
  stream(@CurrentActor() actor: Actor, @Req() request: StreamRequest, @Res() response: Response): void {
    this.streams.open(actor, request, response);
  }
}
