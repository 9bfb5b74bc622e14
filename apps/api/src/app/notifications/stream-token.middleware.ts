/**
 * The notification stream — and only it — is opened with `?ticket=` (see stream-tickets.ts): the ticket is
 * exchanged here for the access token it stands for, which goes into the Authorization header before the global
 * AccessGuard runs and validates it like any other (signature, audience, expiry, role). A token itself in the URL is
 * not read. The token's expiry is kept so the stream can end when the token does.
 */
import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { STREAM_TICKET_QUERY, StreamTickets } from './stream-tickets';

export interface StreamRequest extends Request {
  /** When the access token that opened the stream expires (ms since the epoch). */
  streamTokenExpiresAt?: number;
}

function expiryOf(token: string): number | undefined {
  try {
    const claims: unknown = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
    const exp = (claims as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1_000 : undefined;
  } catch {
    return undefined;
  }
}

@Injectable()
export class StreamTicketMiddleware implements NestMiddleware<StreamRequest, Response> {
  constructor(private readonly tickets: StreamTickets) {}

  use(request: StreamRequest, _response: Response, next: NextFunction): void {
    const ticket = new URL(request.originalUrl ?? request.url, 'http://localhost').searchParams.get(STREAM_TICKET_QUERY);
    const redeemed = ticket && !request.headers.authorization ? this.tickets.redeem(ticket) : Promise.resolve(null);
    redeemed
      .then((token) => {
        if (token) request.headers.authorization = `Bearer ${token}`;
        const header = request.headers.authorization;
        if (header?.startsWith('Bearer ')) request.streamTokenExpiresAt = expiryOf(header.slice('Bearer '.length));
        next();
      })
      // Redis away: no ticket can be redeemed; the guard answers 401 and the browser tries again later.
      .catch(() => next());
  }
}
