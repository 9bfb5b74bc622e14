import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  NotificationsPageQuery,
  UpdateNotificationPreferencesDto,
  type InAppNotificationView,
  type NotificationPreferencesView,
  type NotificationStreamEvent,
  type Page,
  type UnreadCountView,
} from '@jumush/contracts';
import type { Actor } from '@jumush/domain';
import { Authenticated, CurrentActor } from '../auth/access.decorators';
import { NotificationEventsService } from './notification-events.service';
import { NotificationsService } from './notifications.service';
import { ACCESS_TOKEN_QUERY, type StreamRequest } from './stream-token.middleware';

/** A comment line now and then keeps proxies from closing an idle stream. */
const KEEP_ALIVE_MS = 25_000;

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly events: NotificationEventsService,
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
  async stream(@CurrentActor() actor: Actor, @Req() request: StreamRequest, @Res() response: Response): Promise<void> {
    response.status(200).set({
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      // nginx: pass every event on at once.
      'x-accel-buffering': 'no',
    });
    response.flushHeaders();
    let open = true;
    let pending: Promise<void> = Promise.resolve();
    const send = (event: NotificationStreamEvent) => {
      if (open) response.write(`event: notification\ndata: ${JSON.stringify(event)}\n\n`);
    };
    // One snapshot at a time, in order: a burst of notifications never reorders the unread count.
    const push = (notificationId?: string) => {
      pending = pending.then(() => this.notifications.snapshot(actor.id, notificationId).then(send)).catch(() => undefined);
    };
    const unsubscribe = this.events.subscribe(actor.id, (notificationId) => push(notificationId));
    const keepAlive = setInterval(() => open && response.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
    const expiresIn = request.streamTokenExpiresAt ? Math.max(0, request.streamTokenExpiresAt - Date.now()) : undefined;
    const expiry = expiresIn === undefined ? undefined : setTimeout(() => close(), Math.min(expiresIn, 2 ** 31 - 1));
    const untrack = this.events.trackStream(() => close());
    const close = () => {
      if (!open) return;
      open = false;
      clearInterval(keepAlive);
      if (expiry) clearTimeout(expiry);
      unsubscribe();
      untrack();
      response.end();
    };
    // The response closes when the client goes away (the request's own 'close' fires once its body is read).
    response.on('close', close);
    response.write('retry: 3000\n\n');
    push();
  }
}
