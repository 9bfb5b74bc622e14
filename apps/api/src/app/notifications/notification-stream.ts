/**
 * One server-sent-events stream of the notification centre: `event: notification` with `{ unreadCount, latest }` once
 * on connecting and whenever a notification arrives for the account. It ends when the access token that opened it
 * expires (the browser reconnects with a new one), when the client goes away, or when the API shuts down.
 */
import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import type { NotificationStreamEvent } from '@jumush/contracts';
import type { Actor } from '@jumush/domain';
import { Clock } from '@jumush/server/config';
import { NotificationEventsService } from './notification-events.service';
import { NotificationsService } from './notifications.service';
import type { StreamRequest } from './stream-token.middleware';

/** A comment line now and then keeps proxies from closing an idle stream. */
const KEEP_ALIVE_MS = 25_000;
/** Streams one account may hold open on this instance (phone, laptop, a few tabs); a newer one closes the oldest. */
export const MAX_STREAMS_PER_ACCOUNT = 5;
/** setTimeout's longest delay. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** How long a stream may stay open: until its token expires (never negative), or without limit when the token says nothing. */
export function streamLifetimeMs(tokenExpiresAt: number | undefined, now: Date): number | undefined {
  return tokenExpiresAt ? Math.min(Math.max(0, tokenExpiresAt - now.getTime()), MAX_TIMER_MS) : undefined;
}

@Injectable()
export class NotificationStreams {
  /** The close functions of each account's open streams, oldest first. */
  private readonly byAccount = new Map<string, Array<() => void>>();

  constructor(
    private readonly notifications: NotificationsService,
    private readonly events: NotificationEventsService,
    private readonly clock: Clock,
  ) {}

  open(actor: Actor, request: StreamRequest, response: Response): void {
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
    const lifetime = streamLifetimeMs(request.streamTokenExpiresAt, this.clock.now());
    const expiry = lifetime === undefined ? undefined : setTimeout(() => close(), lifetime);
    const untrack = this.events.trackStream(() => close());
    const close = () => {
      if (!open) return;
      open = false;
      this.forget(actor.id, close);
      clearInterval(keepAlive);
      if (expiry) clearTimeout(expiry);
      unsubscribe();
      untrack();
      response.end();
    };
    // The response closes when the client goes away (the request's own 'close' fires once its body is read).
    response.on('close', close);
    this.byAccount.set(actor.id, [...(this.byAccount.get(actor.id) ?? []), close]);
    // Closing the oldest takes it off the list (see close), so this ends.
    for (let held = this.byAccount.get(actor.id) ?? []; held.length > MAX_STREAMS_PER_ACCOUNT; held = this.byAccount.get(actor.id) ?? []) held[0]?.();
    response.write('retry: 3000\n\n');
    push();
  }

  private forget(accountId: string, close: () => void): void {
    const remaining = (this.byAccount.get(accountId) ?? []).filter((other) => other !== close);
    if (remaining.length > 0) this.byAccount.set(accountId, remaining);
    else this.byAccount.delete(accountId);
  }
}
