/** A tiny HTTP endpoint: GET /health (can this worker reach Redis?) and GET /metrics (Prometheus). */
import { createServer, type Server } from 'node:http';
import { Inject, Injectable, Logger, Optional, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type Redis from 'ioredis';
import { WorkerConfig } from '@jumush/server/config';
import { WorkerMetrics } from '../notifications/worker-metrics';
import { WORKER_REDIS } from '../redis.provider';

@Injectable()
export class WorkerHealthServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerHealthServer.name);
  private server?: Server;

  constructor(
    private readonly config: WorkerConfig,
    @Inject(WORKER_REDIS) private readonly redis: Redis,
    @Optional() private readonly metrics?: WorkerMetrics,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const server = createServer((request, response) => {
      if (request.url === '/metrics' && this.metrics) {
        const registry = this.metrics.registry;
        registry
          .metrics()
          .then((text) => response.writeHead(200, { 'content-type': registry.contentType }).end(text))
          .catch((error: Error) => response.writeHead(500, { 'content-type': 'text/plain' }).end(error.message));
        return;
      }
      if (request.url !== '/health') {
        response.writeHead(404).end();
        return;
      }
      this.redis
        .ping()
        .then(() => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok', redis: 'up' })))
        .catch((error: Error) =>
          response.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'error', redis: error.message })),
        );
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(this.config.WORKER_HEALTH_PORT, '0.0.0.0', resolve));
    this.logger.log(`Health on port ${this.config.WORKER_HEALTH_PORT}`);
  }

  async onApplicationShutdown(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
