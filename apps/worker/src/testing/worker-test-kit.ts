/** Starts the real worker in-process for integration tests, with short timers so a lost job is noticed in a second or two. */
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { WorkerConfig, loadConfig } from '@jumush/server/config';
import type { NotificationPipelineOptions } from '../app/notifications/notification-options';
import { WorkerModule } from '../app/worker.module';

export const FAST_PIPELINE: Partial<NotificationPipelineOptions> = {
  relayIntervalMs: 100,
  sweepIntervalMs: 500,
  sweepGraceMs: 1_500,
  lockDurationMs: 2_000,
  stalledIntervalMs: 1_000,
};

/** The field cipher keys of the API's integration tests (apps/api/src/testing TEST_PASSPORT_KEYS). */
export const WORKER_TEST_CIPHER_KEYS = `t1:${Buffer.alloc(32, 9).toString('base64')}`;

export interface StartedWorker {
  app: INestApplicationContext;
  dataSource: DataSource;
  close(): Promise<void>;
}

export async function startWorker(
  env: Record<string, string>,
  notifications: Partial<NotificationPipelineOptions>,
  options: { healthServer?: boolean } = {},
): Promise<StartedWorker> {
  const config = loadConfig(WorkerConfig, {
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
    NODE_ENV: 'test',
    WORKER_CONCURRENCY: '10',
    // The API test kit's key (TEST_PASSPORT_KEYS): the worker opens the secrets the test API sealed.
    PASSPORT_ENCRYPTION_KEYS: WORKER_TEST_CIPHER_KEYS,
    ...env,
  });
  const app = await NestFactory.createApplicationContext(
    WorkerModule.forRoot(config, { healthServer: options.healthServer ?? false, notifications }),
    { logger: process.env['TEST_LOG'] ? ['log', 'warn', 'error'] : false },
  );
  await app.init();
  return { app, dataSource: app.get(DataSource), close: () => app.close() };
}
