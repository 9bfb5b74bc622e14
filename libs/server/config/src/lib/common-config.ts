/** Variables every server process (API and worker) needs. */
import { Expose } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches } from 'class-validator';

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

  /** Write logs to this file instead of standard output. */
  @Expose()
  @IsOptional()
  @IsString()
  LOG_FILE?: string;
}
