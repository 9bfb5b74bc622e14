/** The path between the two apps: the admin's smoke job goes from the API through Redis to the real worker (in-process) and back. */
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { SmokeJobResult } from '@jumush/contracts';
import { WorkerConfig, loadConfig } from '@jumush/server/config';
import { WorkerModule } from '@jumush/worker/testing';
import { DEMO_PASSWORD, DemoDataSeeder, signInWithTwoFactor, startTestApi, type TestApi } from '@jumush/api/testing';

describe('API → queue → worker (real Redis)', () => {
  let api: TestApi;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    api = await startTestApi();
    await api.app.get(DemoDataSeeder).seed();
    const config = loadConfig(WorkerConfig, {
      DATABASE_URL: process.env['DATABASE_URL'],
      REDIS_URL: process.env['REDIS_URL'],
      PASSPORT_ENCRYPTION_KEYS: `t1:${Buffer.alloc(32, 9).toString('base64')}`,
      LOG_LEVEL: 'silent',
    });
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, { healthServer: false }), { logger: false });
    await worker.init();
  });

  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('runs a smoke job in the worker and returns its answer to the admin', async () => {
    const admin = await signInWithTwoFactor(api, 'admin@demo.jumush.kg', DEMO_PASSWORD);
    const response = await api.request<SmokeJobResult>('POST', '/api/system/smoke', { token: admin.body.accessToken, body: { echo: 'сәлем' } });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      echo: 'сәлем',
      jobId: expect.any(String),
      processedBy: expect.stringContaining(String(process.pid)),
    });
  });
});
