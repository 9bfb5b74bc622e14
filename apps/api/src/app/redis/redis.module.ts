import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { ApiConfig } from '@jumush/server/config';
import { redisConnectionOptions } from '@jumush/server/queues';
import { RateCounters } from './rate-counters';
import { REDIS } from './redis.token';

export { REDIS };

/** Closes the shared connection when the app shuts down. */
@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/** One shared ioredis connection for rate limits and health checks (BullMQ keeps its own). */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [ApiConfig],
      useFactory: (config: ApiConfig) =>
        new Redis({
          ...redisConnectionOptions(config.REDIS_URL),
          maxRetriesPerRequest: 2,
          enableOfflineQueue: false,
          // A frozen Redis keeps the connection open and never answers: without a timeout, sign-in would wait forever.
          commandTimeout: config.REDIS_COMMAND_TIMEOUT_MS,
          lazyConnect: false,
          connectionName: 'jumush-api',
        }),
    },
    RedisCloser,
    RateCounters,
  ],
  exports: [REDIS, RateCounters],
})
export class RedisModule {}
