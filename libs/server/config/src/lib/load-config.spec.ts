import { ApiConfig, WorkerConfig } from './api-config';
import { ConfigurationError, loadConfig } from './load-config';

const valid = {
  DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/jumush',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_ACCESS_SECRET: 'x'.repeat(32),
  PASSPORT_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
  PASSPORT_BLIND_INDEX_KEY: Buffer.alloc(32, 2).toString('base64'),
};

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(ApiConfig, env);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('applies defaults to unset variables', () => {
    const config = loadConfig(ApiConfig, valid);
    expect(config.PORT).toBe(3000);
    expect(config.ACCESS_TOKEN_TTL_SECONDS).toBe(900);
    expect(config.COOKIE_SECURE).toBe(false);
    expect(config.NODE_ENV).toBe('development');
  });

  it('converts numbers and booleans from strings', () => {
    const config = loadConfig(ApiConfig, {
      ...valid,
      PORT: '8080',
      COOKIE_SECURE: 'true',
      SEED_DEMO_DATA: '1',
    });
    expect(config.PORT).toBe(8080);
    expect(config.COOKIE_SECURE).toBe(true);
    expect(config.SEED_DEMO_DATA).toBe(true);
  });

  it('sends cookies only over HTTPS in production unless told otherwise', () => {
    expect(loadConfig(ApiConfig, { ...valid, NODE_ENV: 'production' }).COOKIE_SECURE).toBe(true);
    expect(loadConfig(ApiConfig, { ...valid, NODE_ENV: 'production', COOKIE_SECURE: 'false' }).COOKIE_SECURE).toBe(false);
    expect(loadConfig(ApiConfig, { ...valid, NODE_ENV: 'test' }).COOKIE_SECURE).toBe(false);
  });

  it('refuses the demo data (published passwords) in production unless asked for twice', () => {
    const production = { ...valid, NODE_ENV: 'production', SEED_DEMO_DATA: 'true' };
    expect(problemsOf(production).join('\n')).toContain('DEMO_DATA_IN_PRODUCTION');
    expect(problemsOf({ ...production, DEMO_DATA_IN_PRODUCTION: 'true' })).toEqual([]);
    expect(problemsOf({ ...valid, NODE_ENV: 'production' })).toEqual([]);
    expect(problemsOf({ ...valid, NODE_ENV: 'development', SEED_DEMO_DATA: 'true' })).toEqual([]);
  });

  it('bounds a sign-in’s absolute lifetime: 30 days unless set, between 1 and 365', () => {
    expect(loadConfig(ApiConfig, valid).REFRESH_SESSION_MAX_DAYS).toBe(30);
    expect(loadConfig(ApiConfig, { ...valid, REFRESH_SESSION_MAX_DAYS: '7' }).REFRESH_SESSION_MAX_DAYS).toBe(7);
    for (const days of ['0', '366', 'forever'])
      expect(problemsOf({ ...valid, REFRESH_SESSION_MAX_DAYS: days }).join()).toContain('REFRESH_SESSION_MAX_DAYS');
  });

  it('asks the check-ins after arrival on days 3, 30 and 90 unless set, and refuses days that are not ascending 1–365', () => {
    expect(loadConfig(ApiConfig, valid).checkInDays).toEqual([3, 30, 90]);
    expect(loadConfig(ApiConfig, { ...valid, CHECK_IN_DAYS: '1, 7' }).checkInDays).toEqual([1, 7]);
    for (const days of ['0', '30,3', '3,3', '400', 'weekly']) expect(problemsOf({ ...valid, CHECK_IN_DAYS: days }).join()).toContain('CHECK_IN_DAYS');
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig(ApiConfig, { ...valid, PORT: '' }).PORT).toBe(3000);
  });

  it('names a missing required variable', () => {
    const problems = problemsOf({
      REDIS_URL: valid.REDIS_URL,
      JWT_ACCESS_SECRET: valid.JWT_ACCESS_SECRET,
    });
    expect(problems.join('\n')).toMatch(/DATABASE_URL/);
  });

  it('names every malformed variable at once', () => {
    const problems = problemsOf({
      ...valid,
      PORT: 'eighty',
      COOKIE_SECURE: 'maybe',
      REDIS_URL: 'http://x',
      JWT_ACCESS_SECRET: 'short',
    });
    const text = problems.join('\n');
    for (const name of ['PORT', 'COOKIE_SECURE', 'REDIS_URL', 'JWT_ACCESS_SECRET']) expect(text).toContain(name);
  });

  it('rejects an unknown NODE_ENV and log level', () => {
    const text = problemsOf({
      ...valid,
      NODE_ENV: 'staging',
      LOG_LEVEL: 'loud',
    }).join('\n');
    expect(text).toContain('NODE_ENV');
    expect(text).toContain('LOG_LEVEL');
  });

  it('checks the shape of the passport keyring', () => {
    expect(problemsOf({ ...valid, PASSPORT_ENCRYPTION_KEYS: 'k1:short' }).join('\n')).toContain('PASSPORT_ENCRYPTION_KEYS');
    expect(
      problemsOf({
        ...valid,
        PASSPORT_ENCRYPTION_KEYS: `k2:${Buffer.alloc(32, 3).toString('base64')},${valid.PASSPORT_ENCRYPTION_KEYS}`,
      }),
    ).toEqual([]);
  });

  it('ignores variables the schema does not know', () => {
    expect(() => loadConfig(ApiConfig, { ...valid, HOME: '/root' })).not.toThrow();
  });

  it('turns Telegram linking on only with the bot token, username and webhook secret together', () => {
    const telegram = {
      TELEGRAM_BOT_TOKEN: '123456:ABC-def_42',
      TELEGRAM_BOT_USERNAME: 'JumushKgBot',
      TELEGRAM_WEBHOOK_SECRET: 's'.repeat(32),
    };
    expect(loadConfig(ApiConfig, valid).telegramConfigured).toBe(false);
    expect(loadConfig(ApiConfig, { ...valid, ...telegram }).telegramConfigured).toBe(true);
    const partial = problemsOf({ ...valid, TELEGRAM_BOT_TOKEN: telegram.TELEGRAM_BOT_TOKEN }).join('\n');
    expect(partial).toContain('TELEGRAM_BOT_USERNAME is required');
    expect(partial).toContain('TELEGRAM_WEBHOOK_SECRET is required');
    const malformed = problemsOf({
      ...valid,
      TELEGRAM_BOT_TOKEN: 'token',
      TELEGRAM_BOT_USERNAME: '@Jumush',
      TELEGRAM_WEBHOOK_SECRET: 'short secret',
    }).join('\n');
    for (const name of ['TELEGRAM_BOT_TOKEN', 'TELEGRAM_BOT_USERNAME', 'TELEGRAM_WEBHOOK_SECRET']) expect(malformed).toContain(`${name}:`);
  });

  it('keeps documents on the local disk unless FILE_STORAGE=s3 asks for a bucket, and then needs the bucket and its keys', () => {
    const local = loadConfig(ApiConfig, valid);
    expect(local.FILE_STORAGE).toBe('local');
    expect(local.FILE_QUOTA_PER_ACCOUNT_MB).toBe(50);
    const missing = problemsOf({ ...valid, FILE_STORAGE: 's3' }).join('\n');
    for (const name of ['S3_BUCKET is required', 'S3_ACCESS_KEY_ID is required', 'S3_SECRET_ACCESS_KEY is required']) expect(missing).toContain(name);
    const s3 = {
      ...valid,
      FILE_STORAGE: 's3',
      S3_ENDPOINT: 'http://minio:9000',
      S3_BUCKET: 'jumush-documents',
      S3_ACCESS_KEY_ID: 'jumush',
      S3_SECRET_ACCESS_KEY: 'secret-key-of-minio',
      S3_FORCE_PATH_STYLE: 'true',
    };
    expect(problemsOf(s3)).toEqual([]);
    expect(loadConfig(ApiConfig, s3)).toMatchObject({ S3_FORCE_PATH_STYLE: true, S3_REGION: 'us-east-1' });
    const malformed = problemsOf({ ...s3, S3_ENDPOINT: 'minio:9000', S3_BUCKET: 'Jumush_Documents', S3_FORCE_PATH_STYLE: 'yes' }).join('\n');
    for (const name of ['S3_ENDPOINT', 'S3_BUCKET must be a bucket name', 'S3_FORCE_PATH_STYLE']) expect(malformed).toContain(name);
    expect(problemsOf({ ...valid, FILE_STORAGE: 'ftp' }).join('\n')).toContain('FILE_STORAGE must be "local"');
  });

  it('bounds the documents one account may keep: 50 MB unless set, between 1 and 10000', () => {
    expect(loadConfig(ApiConfig, { ...valid, FILE_QUOTA_PER_ACCOUNT_MB: '20' }).FILE_QUOTA_PER_ACCOUNT_MB).toBe(20);
    for (const megabytes of ['0', '10001', 'lots'])
      expect(problemsOf({ ...valid, FILE_QUOTA_PER_ACCOUNT_MB: megabytes }).join()).toContain('FILE_QUOTA_PER_ACCOUNT_MB');
  });

  it('gives the worker its own defaults', () => {
    const config = loadConfig(WorkerConfig, {
      DATABASE_URL: valid.DATABASE_URL,
      REDIS_URL: valid.REDIS_URL,
      PASSPORT_ENCRYPTION_KEYS: valid.PASSPORT_ENCRYPTION_KEYS,
    });
    expect(config.WORKER_HEALTH_PORT).toBe(3001);
    expect(config.WORKER_CONCURRENCY).toBe(5);
  });

  it('refuses a worker without the field cipher keys: it opens the one-time secrets it sends', () => {
    expect(() => loadConfig(WorkerConfig, { DATABASE_URL: valid.DATABASE_URL, REDIS_URL: valid.REDIS_URL })).toThrow(/PASSPORT_ENCRYPTION_KEYS/);
  });
});
