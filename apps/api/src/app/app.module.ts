import { BullModule } from '@nestjs/bullmq';
import { Module, RequestMethod, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import type { Options } from 'pino-http';
import pino from 'pino';
import { ApiConfig } from '@jumush/server/config';
import { dataSourceOptions } from '@jumush/server/database';
import { DEFAULT_JOB_OPTIONS, redisConnectionOptions } from '@jumush/server/queues';
import { AccountsModule } from './accounts/accounts.module';
import { AuditModule } from './audit/audit.module';
import { ApplicationMovesModule } from './applications/application-moves.module';
import { ApplicationsModule } from './applications/applications.module';
import { HelpContactsModule } from './help-contacts/help-contacts.module';
import { RatingsModule } from './ratings/ratings.module';
import { AuthModule } from './auth/auth.module';
import { BatchesModule } from './batches/batches.module';
import { CandidatesModule } from './candidates/candidates.module';
import { CompaniesModule } from './companies/companies.module';
import { ConfigModule } from './config/config.module';
import { DemoDataModule } from './demo-data/demo-data.module';
import { HealthModule } from './health/health.module';
import { NotificationsModule } from './notifications/notifications.module';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { RateLimitGuard } from './http/rate-limited';
import { RequestEdgeGuard } from './http/request-edge.guard';
import { OriginCountriesModule } from './origin-countries/origin-countries.module';
import { OpenDataModule } from './open-data/open-data.module';
import { DashboardsModule } from './dashboards/dashboards.module';
import { JobFeedsModule } from './job-feeds/job-feeds.module';
import { OutboxModule } from './outbox/outbox.module';
import { RedisModule } from './redis/redis.module';
import { StorageModule } from './storage/storage.module';
import { ReferenceModule } from './reference/reference.module';
import { SystemModule } from './system/system.module';
import { TelegramModule } from './telegram/telegram.module';
import { VacanciesModule } from './vacancies/vacancies.module';
import { WebhooksModule } from './webhooks/webhooks.module';
import { OccupationsModule } from './occupations/occupations.module';

/** A client-sent request id is kept when it looks sane, so one id follows a request through the proxy. */
function requestIdOf(request: IncomingMessage, response: ServerResponse): string {
  const header = request.headers['x-request-id'];
  const id = typeof header === 'string' && /^[\w.-]{8,128}$/.test(header) ? header : randomUUID();
  response.setHeader('X-Request-Id', id);
  return id;
}

/** Request logs: JSON, with the request id, and never a secret. */
function httpLogOptions(config: ApiConfig): Options {
  return {
    level: config.LOG_LEVEL,
    genReqId: requestIdOf,
    // Secrets never reach the log.
    redact: [
      'req.headers.authorization',
      'req.headers.cookie',
      'res.headers["set-cookie"]',
      'req.query.access_token',
      'req.query.ticket',
      'req.headers["x-telegram-bot-api-secret-token"]',
    ],
    // The notification stream takes a single-use ticket in the URL (EventSource sends no headers): keep it, and any token a client put there, out of the log.
    serializers: {
      req: (request: { url?: unknown }) => ({
        ...request,
        url: typeof request.url === 'string' ? request.url.replace(/([?&](?:access_token|ticket)=)[^&]+/g, '$1[Redacted]') : request.url,
      }),
    },
    autoLogging: {
      ignore: (request) => request.url?.startsWith('/api/health') ?? false,
    },
  };
}

@Module({})
export class AppModule {
  static forRoot(config: ApiConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: config.LOG_FILE ? [httpLogOptions(config), pino.destination({ dest: config.LOG_FILE, sync: true })] : httpLogOptions(config),
        }),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.DATABASE_URL, {
            applicationName: 'jumush-api',
          }),
        }),
        BullModule.forRoot({
          connection: redisConnectionOptions(config.REDIS_URL),
          defaultJobOptions: DEFAULT_JOB_OPTIONS,
        }),
        RedisModule,
        AuditModule,
        StorageModule,
        OutboxModule,
        ApplicationMovesModule,
        AuthModule,
        AccountsModule,
        OriginCountriesModule,
        CompaniesModule,
        VacanciesModule,
        ReferenceModule,
        CandidatesModule,
        ApplicationsModule,
        HelpContactsModule,
        RatingsModule,
        BatchesModule,
        OpenDataModule,
        JobFeedsModule,
        NotificationsModule,
        TelegramModule,
        HealthModule,
        SystemModule,
        DemoDataModule,
        DashboardsModule,
        WebhooksModule,
        OccupationsModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        // JSON bodies only, and no cross-site state changes (http/request-edge.guard.ts).
        { provide: APP_GUARD, useClass: RequestEdgeGuard },
        { provide: APP_GUARD, useClass: RateLimitGuard },
      ],
    };
  }
}
