/**
 * EventSource cannot send an Authorization header, so the notification stream — and only it —
 * also takes the access token as `?access_token=`. The token is moved into the header before the
 * global AccessGuard runs, which then validates it exactly like any other (signature, audience,
 * expiry, role). Its expiry is kept so the stream can end when the token does.
 */
import type { NextFunction, Request, Response } from 'express';

export const ACCESS_TOKEN_QUERY = 'access_token';

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

export function streamTokenMiddleware(request: StreamRequest, _response: Response, next: NextFunction): void {
  const url = new URL(request.originalUrl ?? request.url, 'http://localhost');
  const fromQuery = url.searchParams.get(ACCESS_TOKEN_QUERY);
  if (fromQuery && !request.headers.authorization) request.headers.authorization = `Bearer ${fromQuery}`;
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) request.streamTokenExpiresAt = expiryOf(header.slice('Bearer '.length));
  next();
}
