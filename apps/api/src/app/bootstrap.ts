/** Builds the configured Nest application; shared by main.ts and the integration tests. */
import { Logger as NestLogger, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { getDataSourceToken } from '@nestjs/typeorm';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import type { DataSource } from 'typeorm';
import { ApiConfig } from '@jumush/server/config';
import { runMigrationsExclusively } from '@jumush/server/database';
import { readCommittedOpenApi } from '../openapi/committed-document';
import { AppModule } from './app.module';
import { DemoDataSeeder } from './demo-data/demo-data.seeder';
import { responseCompression } from './http/compression';
import { sendProblem } from './http/problem-details.filter';
import { createValidationPipe } from './http/validation';

export const API_PREFIX = 'api';

export async function createApiApp(config: ApiConfig, options: { bufferLogs?: boolean } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    bufferLogs: options.bufferLogs ?? true,
  });
  app.useLogger(app.get(Logger));
  // Whose X-Forwarded-For to believe (TRUSTED_PROXIES; by default nobody's): rate limits and logs see the real client.
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  // Compressed answers on slow mobile data (brotli or gzip): search pages and timelines shrink several times over.
  app.use(responseCompression());
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { 'script-src': ["'self'", "'unsafe-inline'"] },
      },
    }),
  );
  app.enableCors({ origin: config.WEB_ORIGIN, credentials: true });
  // JSON only: a form-encoded body is what a cross-site HTML form sends (RequestEdgeGuard answers it with 415).
  app.useBodyParser('json', { limit: config.BODY_LIMIT });
  app.use(cookieParser());
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();

  // The API's map (every route and field) helps developers, and an attacker as much: not served in production.
  if (config.NODE_ENV !== 'production') {
    // docs/openapi.json, generated from the code by `npm run openapi:export` (a unit test fails when they disagree).
    const document = readCommittedOpenApi();
    if (document)
      SwaggerModule.setup(`${API_PREFIX}/docs`, app, document as unknown as OpenAPIObject, {
        jsonDocumentUrl: `${API_PREFIX}/docs/openapi.json`,
      });
  }

  if (config.RUN_MIGRATIONS) {
    const applied = await runMigrationsExclusively(app.get<DataSource>(getDataSourceToken()));
    if (applied.length) NestLogger.log(`Applied migrations: ${applied.join(', ')}`, 'Database');
  }
  if (config.SEED_DEMO_DATA) await app.get(DemoDataSeeder).seed();

  await app.init();
  // Errors raised by Express middleware before Nest's router (malformed JSON, oversized bodies).
  const errorLogger = new NestLogger('Http');
  app.use((error: unknown, request: Request, response: Response, _next: NextFunction) => sendProblem(error, request, response, errorLogger));
  return app;
}
