/**
 * Tickets for the notification stream. EventSource cannot send an Authorization header, and a token in a URL ends up
 * in proxy logs and browser history; so the browser first asks, with its header, for a ticket — random, single-use,
 * valid for a minute — and opens the stream with `?ticket=`. Redis keeps only the ticket's hash, pointing at the
 * access token it stands for; the stream's request then carries that token and is checked like any other request.
 */
import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { REDIS } from '../redis/redis.module';

export const STREAM_TICKET_QUERY = 'ticket';
export const STREAM_TICKET_TTL_SECONDS = 60;

const keyOf = (ticket: string) => `jumush:stream-ticket:${createHash('sha256').update(ticket).digest('base64url')}`;

@Injectable()
export class StreamTickets {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async issue(accessToken: string): Promise<{ ticket: string; expiresInSeconds: number }> {
    const ticket = randomBytes(32).toString('base64url');
    await this.redis.set(keyOf(ticket), accessToken, 'EX', STREAM_TICKET_TTL_SECONDS);
    return { ticket, expiresInSeconds: STREAM_TICKET_TTL_SECONDS };
  }

  /** The access token the ticket stands for, once: a second use, or one after a minute, finds nothing. */
  async redeem(ticket: string): Promise<string | null> {
    if (!/^[\w-]{43}$/.test(ticket)) return null;
    return this.redis.getdel(keyOf(ticket));
  }
}
