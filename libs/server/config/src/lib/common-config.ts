/** Variables every server process (API and worker) needs. */
import { Expose } from 'class-transformer';
import { Equals, IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, Matches, ValidateIf } from 'class-validator';
import { ToBoolean } from './transforms';

export const NODE_ENVIRONMENTS = ['development', 'test', 'production'] as const;
export type NodeEnvironment = (typeof NODE_ENVIRONMENTS)[number];
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export class CommonConfig {
  @Expose({ name: 'NODE_ENV' })
  @IsIn(NODE_ENVIRONMENTS)
  NODE_ENV: NodeEnvironment = 'development';

  @Expose()
  @IsNotEmpty({
    message: 'DATABASE_URL is required (postgres://user:password@host:port/database)',
  })
  @Matches(/^postgres(ql)?:\/\/.+/, {
    message: 'DATABASE_URL must be a postgres:// URL',
  })
  DATABASE_URL!: string;

  @Expose()
  @IsNotEmpty({ message: 'REDIS_URL is required (redis://host:port)' })
  @Matches(/^rediss?:\/\/.+/, {
    message: 'REDIS_URL must be a redis:// or rediss:// URL',
  })
  REDIS_URL!: string;

  @Expose()
  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';

  /**
   * Keys of the field cipher: "id:base64key,…" (32-byte keys); the first encrypts, all decrypt. The API encrypts
   * passport numbers and the one-time secrets it puts in the outbox; the worker opens those secrets to send them.
   */
  @Expose()
  @IsNotEmpty({
    message: 'PASSPORT_ENCRYPTION_KEYS is required: "k1:<base64 of 32 random bytes>"',
  })
  @Matches(/^[A-Za-z0-9_-]{1,16}:[A-Za-z0-9+/=]{43,44}(,[A-Za-z0-9_-]{1,16}:[A-Za-z0-9+/=]{43,44})*$/, {
    message: 'PASSPORT_ENCRYPTION_KEYS must look like "k1:<base64 of 32 bytes>,k0:<…>"',
  })
  PASSPORT_ENCRYPTION_KEYS!: string;

  /** Write logs to this file instead of standard output. */
  @Expose()
  @IsOptional()
  @IsString()
  LOG_FILE?: string;

  /**
   * Development and tests only: webhook endpoints may be http://127.0.0.1 or http://localhost (a receiver on this
   * machine). Otherwise only HTTPS to public addresses is accepted and delivered to (SSRF). Refused in production.
   */
  @Expose()
  @ToBoolean()
  @IsBoolean()
  @ValidateIf((config: CommonConfig) => config.NODE_ENV === 'production')
  @Equals(false, { message: 'WEBHOOKS_ALLOW_LOCAL_HTTP must not be set in production: it lets webhooks reach this machine' })
  WEBHOOKS_ALLOW_LOCAL_HTTP = false;
}
