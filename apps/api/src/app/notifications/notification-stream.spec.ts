import type { Response } from 'express';
import { Role, type Actor } from '@jumush/domain';
import { FixedClock } from '@jumush/server/config';
import { MAX_STREAMS_PER_ACCOUNT, NotificationStreams, streamLifetimeMs } from './notification-stream';
import type { NotificationEventsService } from './notification-events.service';
import type { NotificationsService } from './notifications.service';
import type { StreamRequest } from './stream-token.middleware';

describe('how long a notification stream stays open', () => {
  const now = new Date('2026-03-01T10:00:00.000Z');

  it.each<[string, number | undefined, number | undefined]>([
    ['until its token expires', now.getTime() + 60_000, 60_000],
    ['not at all once the token has expired', now.getTime() - 1, 0],
    ['without limit when the token names no expiry', undefined, undefined],
    ['at most as long as a timer can wait', now.getTime() + 2 ** 40, 2 ** 31 - 1],
  ])('%s', (_name, expiresAt, lifetime) => {
    expect(streamLifetimeMs(expiresAt, now)).toBe(lifetime);
  });
});

describe('streams of one account', () => {
  /** A response that records whether it was ended. */
  function fakeResponse() {
    const listeners: Array<() => void> = [];
    const response = {
      ended: false,
      status: () => response,
      set: () => response,
      flushHeaders: () => undefined,
      write: () => true,
      end: () => {
        response.ended = true;
        listeners.forEach((listener) => listener());
      },
      on: (_event: string, listener: () => void) => listeners.push(listener),
    };
    return response;
  }

  it(`holds at most ${MAX_STREAMS_PER_ACCOUNT} open: a newer one closes the oldest, other accounts keep theirs`, () => {
    const streams = new NotificationStreams(
      { snapshot: () => new Promise(() => undefined) } as unknown as NotificationsService,
      { subscribe: () => () => undefined, trackStream: () => () => undefined } as unknown as NotificationEventsService,
      new FixedClock(new Date('2026-03-01T10:00:00.000Z')),
    );
    const open = (accountId: string) => {
      const response = fakeResponse();
      streams.open({ id: accountId, role: Role.Migrant } as Actor, {} as StreamRequest, response as unknown as Response);
      return response;
    };
    const other = open('someone-else');
    const mine = Array.from({ length: MAX_STREAMS_PER_ACCOUNT }, () => open('me'));
    expect(mine.some((response) => response.ended)).toBe(false);
    const newest = open('me');
    expect(mine.map((response) => response.ended)).toEqual([true, ...Array(MAX_STREAMS_PER_ACCOUNT - 1).fill(false)]);
    expect(newest.ended).toBe(false);
    expect(other.ended).toBe(false);
    mine[1].end();
    const last = open('me');
    expect(mine.slice(2).some((response) => response.ended)).toBe(false);
    // Closing every stream stops its keep-alive timer.
    for (const response of [other, newest, last, ...mine]) response.end();
  });
});
