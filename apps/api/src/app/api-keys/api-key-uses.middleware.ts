/** Hands each finished request made with an API key to the recorder, with the status it was answered. */
import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { presentedApiKey, type RequestWithApiKey } from './api-key-access';
import { ApiKeyUsesRecorder } from './api-key-uses.recorder';

@Injectable()
export class ApiKeyUsesMiddleware implements NestMiddleware {
  constructor(private readonly recorder: ApiKeyUsesRecorder) {}

  use(request: Request & RequestWithApiKey, response: Response, next: NextFunction): void {
    if (presentedApiKey(request.headers) !== undefined) {
      const at = new Date();
      response.on('finish', () => {
        // Only a key whose secret matched is named: a wrong secret names no key of anyone's.
        const key = request.apiKey;
        if (!key) return;
        const route = (request.route as { path?: unknown } | undefined)?.path;
        this.recorder.record({
          keyId: key.id,
          companyId: key.companyId,
          actorId: key.createdBy,
          method: request.method,
          route: typeof route === 'string' ? route : request.path,
          status: response.statusCode,
          at,
        });
      });
    }
    next();
  }
}
