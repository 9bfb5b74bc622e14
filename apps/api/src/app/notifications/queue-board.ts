/**
 * bull-board at /admin/queues, for admins only. A browser page cannot send a bearer token, and an
 * access token in the URL would land in logs, history and Referer headers. So an admin first calls
 * `POST /api/admin/queues/session` with the usual bearer token; the answer sets a cookie that
 * - holds a token signed with the API's secret for another audience (it is no access token, and an
 *   access token is no dashboard pass),
 * - lives 10 minutes, is httpOnly, SameSite=Strict (no cross-site requests may use it — the
 *   dashboard can retry and delete jobs), Secure behind TLS, and is sent only under /admin/queues.
 */
import { Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { CookieOptions, NextFunction, Request, RequestHandler, Response } from 'express';
import { QUEUE_BOARD_PATH } from '@jumush/contracts';
import { Role, type Actor } from '@jumush/domain';
import { ApiConfig } from '@jumush/server/config';
import { crossSiteRequest, unsupportedBody } from '../http/request-edge.guard';
import { ApiQueues } from './api-queues';

const BOARD_AUDIENCE = 'jumush-queue-board';
const BOARD_TTL_SECONDS = 600;

@Injectable()
export class QueueBoardAccess {
  static readonly COOKIE = 'jm_queue_board';
  private readonly logger = new Logger(QueueBoardAccess.name);

  constructor(
    private readonly jwt: JwtService,
    private readonly config: ApiConfig,
    private readonly queues: ApiQueues,
  ) {}

  async issueCookie(actor: Actor): Promise<{ value: string; options: CookieOptions }> {
    const value = await this.jwt.signAsync(
      { sub: actor.id, role: actor.role },
      {
        audience: BOARD_AUDIENCE,
        expiresIn: BOARD_TTL_SECONDS,
        algorithm: 'HS256',
      },
    );
    return {
      value,
      options: {
        httpOnly: true,
        sameSite: 'strict',
        secure: this.config.COOKIE_SECURE,
        path: QUEUE_BOARD_PATH,
        maxAge: BOARD_TTL_SECONDS * 1_000,
      },
    };
  }

  /**
   * Admits requests carrying a valid dashboard cookie of an admin; answers 401 otherwise. The dashboard is an Express
   * router, outside Nest's guards, so the HTTP edge's rules (same origin, JSON bodies) are applied here too: its
   * actions retry and delete jobs.
   */
  guard(): RequestHandler {
    return (request: Request, response: Response, next: NextFunction) => {
      const refusal =
        crossSiteRequest(request.method, request.headers, this.config.WEB_ORIGIN) ?? unsupportedBody(request.method, request.headers, false);
      if (refusal) {
        response
          .status(refusal.status)
          .type('application/problem+json')
          .send(
            JSON.stringify({
              type: 'about:blank',
              title: refusal.status === 403 ? 'Forbidden' : 'Unsupported Media Type',
              status: refusal.status,
              ...refusal.problem,
            }),
          );
        return;
      }
      const cookies = (request as Request & { cookies?: Record<string, string> }).cookies ?? {};
      const token = cookies[QueueBoardAccess.COOKIE];
      this.verify(token).then(
        (admitted) => {
          if (admitted) return next();
          response
            .status(401)
            .type('application/problem+json')
            .send(
              JSON.stringify({
                type: 'about:blank',
                title: 'Unauthorized',
                status: 401,
                code: 'auth.unauthenticated',
                detail: 'Open the queue dashboard from the admin page.',
              }),
            );
        },
        (error: Error) => next(error),
      );
    };
  }

  private async verify(token: string | undefined): Promise<boolean> {
    if (!token) return false;
    try {
      const claims = await this.jwt.verifyAsync<{
        sub?: string;
        role?: string;
      }>(token, { audience: BOARD_AUDIENCE, algorithms: ['HS256'] });
      return claims.role === Role.Admin && typeof claims.sub === 'string';
    } catch {
      return false;
    }
  }

  /** The dashboard's Express router (pages, assets and its own JSON API), behind the guard. */
  handlers(): RequestHandler[] {
    const serverAdapter = new ExpressAdapter();
    serverAdapter.setBasePath(QUEUE_BOARD_PATH);
    createBullBoard({
      queues: this.queues.queues.map((queue) => new BullMQAdapter(queue)),
      serverAdapter,
    });
    this.logger.log(`Queue dashboard at ${QUEUE_BOARD_PATH} (admins only)`);
    return [this.guard(), serverAdapter.getRouter() as RequestHandler];
  }
}
