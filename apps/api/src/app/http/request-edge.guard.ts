/**
 * The HTTP edge, in one place: a request that changes something carries JSON (or multipart, on the routes that
 * declare an upload) and, when a browser sends it, comes from the web's own origin. A cross-site HTML form can
 * send neither, so it can neither sign a victim into another account (login CSRF) nor act with their cookie.
 */
import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DECORATORS } from '@nestjs/swagger/dist/constants';
import type { IncomingHttpHeaders } from 'node:http';
import type { Request } from 'express';
import { ApiConfig } from '@jumush/server/config';
import { ProblemException, type ProblemInit } from './problem';

/** Methods that never change state: neither rule applies to them. */
const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);
const JSON_TYPE = 'application/json';
const MULTIPART_TYPE = 'multipart/form-data';

/** Why a request is refused at the edge. */
export interface EdgeRefusal {
  status: 403 | 415;
  problem: ProblemInit;
}

/** The media type of a Content-Type header, without parameters, lower case ('' when there is none). */
export function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

/** Whether the request carries a body (RFC 9112: Transfer-Encoding, or a non-zero Content-Length). */
export function hasBody(headers: IncomingHttpHeaders): boolean {
  if (headers['transfer-encoding'] !== undefined) return true;
  const length = headers['content-length'];
  return length !== undefined && length !== '0';
}

/**
 * 415 for a body that is not JSON, or multipart on a route that declares an upload
 * (`@ApiConsumes('multipart/form-data')`); null when the body is acceptable or there is none.
 */
export function unsupportedBody(method: string, headers: IncomingHttpHeaders, acceptsUpload: boolean): EdgeRefusal | null {
  if (SAFE_METHODS.has(method.toUpperCase()) || !hasBody(headers)) return null;
  const type = mediaTypeOf(headers['content-type']);
  if (type === JSON_TYPE || (acceptsUpload && type === MULTIPART_TYPE)) return null;
  return {
    status: 415,
    problem: {
      code: 'http.unsupportedMediaType',
      detail: acceptsUpload ? 'Send the file as multipart/form-data.' : 'Send the request body as application/json.',
    },
  };
}

/**
 * 403 for a state-changing request a browser sent from another site. Browsers mark their requests: `Origin` on
 * every POST/PUT/PATCH/DELETE, and `Sec-Fetch-Site`; neither can be set by a page's script. A same-origin request
 * (through the web's /api proxy) or one from `WEB_ORIGIN` passes; a request with neither header (curl, servers,
 * Telegram's webhook) passes, since no victim's browser is involved.
 */
export function crossSiteRequest(method: string, headers: IncomingHttpHeaders, webOrigin: string): EdgeRefusal | null {
  if (SAFE_METHODS.has(method.toUpperCase())) return null;
  const site = headers['sec-fetch-site'];
  if (site === 'same-origin') return null;
  const origin = headers['origin'];
  const refused: EdgeRefusal = { status: 403, problem: { code: 'auth.forbidden', detail: 'Cross-site requests may not change anything.' } };
  if (origin !== undefined) return origin === new URL(webOrigin).origin ? null : refused;
  return site === 'cross-site' || site === 'same-site' ? refused : null;
}

@Injectable()
export class RequestEdgeGuard implements CanActivate {
  private readonly webOrigin: string;

  constructor(
    private readonly reflector: Reflector,
    config: ApiConfig,
  ) {
    this.webOrigin = config.WEB_ORIGIN;
  }

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request>();
    const consumes = this.reflector.getAllAndOverride<string[] | undefined>(DECORATORS.API_CONSUMES, [context.getHandler(), context.getClass()]);
    const refusal =
      crossSiteRequest(request.method, request.headers, this.webOrigin) ??
      unsupportedBody(request.method, request.headers, consumes?.includes(MULTIPART_TYPE) ?? false);
    if (refusal) throw new ProblemException(refusal.status, refusal.problem);
    return true;
  }
}
