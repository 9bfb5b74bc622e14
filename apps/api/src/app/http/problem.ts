/** Building RFC 9457 problem details, and an exception that carries one. */
import { HttpException } from '@nestjs/common';
import type { FieldError, ProblemDetails } from '@jumush/contracts';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  423: 'Locked',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function titleFor(status: number): string {
  return TITLES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error');
}

export interface ProblemInit {
  code: string;
  detail?: string;
  params?: Record<string, string | number>;
  errors?: FieldError[];
  /** Extra response headers, e.g. Retry-After. */
  headers?: Record<string, string>;
}

/** Throw this to answer with a specific problem (status, translation key, field errors). */
export class ProblemException extends HttpException {
  constructor(
    status: number,
    readonly init: ProblemInit,
  ) {
    super(init.detail ?? init.code, status);
  }
}

export function problemBody(status: number, init: ProblemInit, instance?: string, requestId?: string): ProblemDetails {
  return {
    type: 'about:blank',
    title: titleFor(status),
    status,
    detail: init.detail,
    code: init.code,
    ...(init.params ? { params: init.params } : {}),
    ...(instance ? { instance } : {}),
    ...(requestId ? { requestId } : {}),
    ...(init.errors ? { errors: init.errors } : {}),
  };
}
