/**
 * A response body with its entity tag. The interceptor sends the tag as ETag; Express then answers a matching
 * If-None-Match with 304 and no body (res.send compares them, weakly, as RFC 9110 asks for If-None-Match).
 */
import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { map, type Observable } from 'rxjs';

export class Tagged<T> {
  constructor(
    readonly body: T,
    /** A weak tag, W/"…": equal bodies, not equal bytes. */
    readonly etag: string,
  ) {}
}

@Injectable()
export class TaggedResponseInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    return next.handle().pipe(
      map((value: unknown) => {
        if (!(value instanceof Tagged)) return value;
        response.setHeader('ETag', value.etag);
        // Express treats any request with "Cache-Control: no-cache" as stale, but fetch() adds that header to
        // every request that carries If-None-Match. no-cache asks the origin to validate (RFC 9111 §5.2.1.4),
        // and this is the origin validating: let the tags decide.
        if (request.headers['if-none-match']) delete request.headers['cache-control'];
        return value.body as unknown;
      }),
    );
  }
}
