import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  NotificationsPageQuery,
  UpdateNotificationPreferencesDto,
  type InAppNotificationView,
  type NotificationPreferencesView,
  type Page,
  type StreamTicketView,
  type UnreadCountView,
} from '@jumush/contracts';
import type { Actor } from '@jumush/domain';
import { Authenticated, CurrentActor } from '../auth/access.decorators';
import { ProblemException } from '../http/problem';
import { NotificationStreams } from './notification-stream';
import { NotificationsService } from './notifications.service';
import { STREAM_TICKET_QUERY, StreamTickets } from './stream-tickets';
import type { StreamRequest } from './stream-token.middleware';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly streams: NotificationStreams,
    private readonly tickets: StreamTickets,
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

  /** A single-use ticket, valid for a minute, to open the stream with: no token ever travels in a URL. */
  @Authenticated()
  @Post('stream-ticket')
  @HttpCode(200)
  @ApiOperation({ summary: 'A one-minute, single-use ticket to open the live stream (EventSource sends no headers)' })
  async streamTicket(@Req() request: Request): Promise<StreamTicketView> {
    const header = request.headers.authorization;
    // Signed in by the Authorization header (the guard checked it): the ticket stands for that token.
    if (!header?.startsWith('Bearer '))
      throw new ProblemException(401, { code: 'auth.unauthenticated', detail: 'Sign in with an Authorization header.' });
    return this.tickets.issue(header.slice('Bearer '.length));
  }

  /**
   * Server-sent events: `event: notification` with `{ unreadCount, latest }` once on connecting and
   * whenever a notification arrives for me. Opened with `?ticket=` from `stream-ticket` (EventSource sends no
   * headers); the stream ends when the token behind it expires, and the browser reconnects with a new ticket.
   */
  @Authenticated()
  @Get('stream')
  @ApiProduces('text/event-stream')
  @ApiQuery({
    name: STREAM_TICKET_QUERY,
    required: false,
    description: 'A ticket from POST /api/notifications/stream-ticket, for clients that cannot send an Authorization header',
  })
  @ApiOperation({
    summary: 'Live unread count and newest notification (server-sent events)',
  })
  stream(@CurrentActor() actor: Actor, @Req() request: StreamRequest, @Res() response: Response): void {
    this.streams.open(actor, request, response);
  }
}
