/** The one exception filter: every error leaves as problem+json; internals of 500s stay in the log. */
import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { PROBLEM_CONTENT_TYPE } from '@jumush/contracts';
import { ProblemException, problemBody, type ProblemInit } from './problem';

/** Errors raised by Express middleware (body-parser) carry a status and a type. */
interface HttpishError {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
}

const CODE_BY_STATUS: Record<number, string> = {
  400: 'http.badRequest',
  401: 'auth.unauthenticated',
  403: 'auth.forbidden',
  404: 'http.notFound',
  405: 'http.methodNotAllowed',
  409: 'http.conflict',
  413: 'http.payloadTooLarge',
  415: 'http.unsupportedMediaType',
  429: 'auth.tooManyAttempts',
};

function initFor(exception: unknown, status: number): ProblemInit {
  if (exception instanceof ProblemException) return exception.init;
  const code = CODE_BY_STATUS[status] ?? (status >= 500 ? 'http.internal' : 'http.badRequest');
  if (exception instanceof HttpException) {
    const response = exception.getResponse();
    const message = typeof response === 'string' ? response : (response as { message?: unknown }).message;
    return {
      code,
      detail: typeof message === 'string' ? message : exception.message,
    };
  }
  const httpish = exception as HttpishError;
  if (httpish?.type === 'entity.parse.failed')
    return {
      code: 'http.malformedJson',
      detail: 'The request body is not valid JSON.',
    };
  if (httpish?.type === 'entity.too.large') return { code, detail: 'The request body is too large.' };
  if (status < 500 && httpish?.expose) return { code, detail: (exception as Error).message };
  return {
    code,
    detail: status >= 500 ? 'Something went wrong on our side. Please try again.' : undefined,
  };
}

export function statusOf(exception: unknown): number {
  if (exception instanceof HttpException) return exception.getStatus();
  const httpish = exception as HttpishError | undefined;
  const status = httpish?.status ?? httpish?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<Request & { id?: string }>();
    const response = context.getResponse<Response>();
    sendProblem(exception, request, response, this.logger);
  }
}

/** What a failed query may tell the log: which statement and constraint, never the values bound to it. */
const DRIVER_FIELDS_TO_LOG = ['code', 'constraint', 'table', 'column', 'routine'] as const;

/**
 * The error as it may be logged. A failed query carries its bound parameters (e-mail addresses, names, password
 * hashes) and PostgreSQL's `detail` ("Key (email)=(…) already exists"): both stay out of the log; the SQL text,
 * which holds only placeholders, and the error code stay in.
 */
export function loggableError(exception: unknown): unknown {
  if (!(exception instanceof QueryFailedError)) return exception;
  const driver = exception.driverError as unknown as Record<string, unknown>;
  const error = new Error(exception.message);
  error.name = 'QueryFailedError';
  error.stack = exception.stack;
  const fields: Record<string, unknown> = { query: exception.query };
  for (const field of DRIVER_FIELDS_TO_LOG) if (typeof driver?.[field] === 'string') fields[field] = driver[field];
  return Object.assign(error, fields);
}

/** Also used as Express's error handler for errors raised before Nest's router. */
export function sendProblem(exception: unknown, request: Request & { id?: unknown }, response: Response, logger: Logger): void {
  const status = statusOf(exception);
  const init = initFor(exception, status);
  if (status >= 500) logger.error({ err: loggableError(exception), requestId: request.id }, 'Unhandled error');
  if (response.headersSent) return;
  for (const [name, value] of Object.entries(init.headers ?? {})) response.setHeader(name, value);
  const requestId = typeof request.id === 'string' ? request.id : undefined;
  response
    .status(status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify(problemBody(status, init, request.originalUrl?.split('?')[0], requestId)));
}
