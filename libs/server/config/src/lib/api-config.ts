/** Configuration of the HTTP API. README's environment table lists the same variables. */
import { Expose } from 'class-transformer';
import {
  Equals,
  IsBoolean,
  IsEmpty,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { DEFAULT_CHECK_IN_DAYS, parseCheckInDays } from '@jumush/domain';
import { CommonConfig } from './common-config';
import { ToBoolean, ToInteger } from './transforms';
import { IsTrustedProxies, parseTrustedProxies, type TrustProxySetting } from './trusted-proxies';

/** "123456:ABC-def…", as BotFather hands it out. */
const TELEGRAM_BOT_TOKEN_FORMAT = /^\d+:[\w-]+$/;
const TELEGRAM_BOT_TOKEN_MESSAGE = 'TELEGRAM_BOT_TOKEN must look like "123456:ABC-def…"';

/** The API needs the token, the bot's username and the webhook secret together, or none of them. */
const telegramPartlyConfigured = (config: ApiConfig) =>
  Boolean(config.TELEGRAM_BOT_TOKEN || config.TELEGRAM_BOT_USERNAME || config.TELEGRAM_WEBHOOK_SECRET);

export const FILE_STORAGE_DRIVERS = ['local', 's3'] as const;
export type FileStorageDriver = (typeof FILE_STORAGE_DRIVERS)[number];

/** The S3 settings are checked only when FILE_STORAGE=s3 chooses that driver. */
const s3Chosen = (config: ApiConfig) => config.FILE_STORAGE === 's3';

export class ApiConfig extends CommonConfig {
  /** Defaults that depend on another setting; `loadConfig` calls it with the variables that were set. */
  applyDerivedDefaults(present: Record<string, string | undefined>): void {
    if (present['COOKIE_SECURE'] === undefined && this.NODE_ENV === 'production') this.COOKIE_SECURE = true;
  }

  @Expose()
  @ToInteger()
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @Expose()
  @IsNotEmpty({
    message: 'JWT_ACCESS_SECRET is required: a random string of at least 32 characters',
  })
  @MinLength(32)
  JWT_ACCESS_SECRET!: string;

  @Expose()
  @ToInteger()
  @IsInt()
  @Min(60)
  @Max(3600)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Expose()
  @ToInteger()
  @IsInt()
  @Min(1)
  @Max(365)
  REFRESH_TOKEN_TTL_DAYS = 30;

  /** A sign-in's absolute lifetime, in days: refreshing never carries a session past it (then sign in again). */
  @Expose()
  @ToInteger()
  @IsInt()
  @Min(1)
  @Max(365)
  REFRESH_SESSION_MAX_DAYS = 30;

  /** The web's origin: CORS admits it alone. */
  @Expose()
  @IsUrl({ require_tld: false, require_protocol: true })
  WEB_ORIGIN = 'http://localhost:4200';

  /** Cookies only over HTTPS: on by default in production (see `applyDerivedDefaults`; browsers treat http://localhost as secure too). */
  @Expose()
  @ToBoolean()
  @IsBoolean()
  COOKIE_SECURE = false;

  @Expose()
  @ToBoolean()
  @IsBoolean()
  RUN_MIGRATIONS = true;

  @Expose()
  @ToBoolean()
  @IsBoolean()
  SEED_DEMO_DATA = false;

  /**
   * The demo accounts' password is printed in the README: in production they load only when this says so too (a
   * public demonstration), never by a SEED_DEMO_DATA copied from a development file.
   */
  @Expose()
  @ToBoolean()
  @IsBoolean()
  @ValidateIf((config: ApiConfig) => config.NODE_ENV === 'production' && config.SEED_DEMO_DATA)
  @Equals(true, {
    message:
      'SEED_DEMO_DATA=true with NODE_ENV=production would create accounts whose password is published in the README; set DEMO_DATA_IN_PRODUCTION=true as well if this really is a public demonstration',
  })
  DEMO_DATA_IN_PRODUCTION = false;

  /**
   * Whose X-Forwarded-For is believed: unset trusts nobody (the connection's address is the client's), a hop count
   * trusts that many proxies in front, a list of addresses/CIDR ranges trusts exactly those (trusted-proxies.ts).
   */
  @Expose()
  @IsOptional()
  @IsTrustedProxies()
  TRUSTED_PROXIES?: string;

  /** Replaced by TRUSTED_PROXIES: "true" believed the left-most X-Forwarded-For, which the client chooses. */
  @Expose()
  @IsEmpty({ message: 'TRUST_PROXY was replaced by TRUSTED_PROXIES (a hop count such as "1", or the proxies\' addresses/CIDR ranges)' })
  TRUST_PROXY?: string;

  /** How often vacancies past their deadline or with every position filled are closed (0: never; tests run the job themselves). */
  @Expose()
  @ToInteger()
  @IsInt()
  @Min(0)
  VACANCY_CLOSING_EVERY_SECONDS = 600;

  @Expose()
  @ToInteger()
  @IsInt()
  @Min(1)
  LOGIN_ATTEMPTS_PER_IP = 30;

  @Expose()
  @ToInteger()
  @IsInt()
  @Min(1)
  LOGIN_ATTEMPTS_PER_ACCOUNT = 10;

  @Expose()
  @ToInteger()
  @IsInt()
  @Min(1)
  LOGIN_RATE_WINDOW_SECONDS = 900;

  /** Password reset requests one login may make per PASSWORD_RESET_WINDOW_SECONDS (each sends an SMS or an e-mail). */
  @Expose()
  @ToInteger()
  @IsInt()
  @Min(1)
  PASSWORD_RESETS_PER_LOGIN = 3;

  /** Password reset requests and failed confirmations one client address may make per PASSWORD_RESET_WINDOW_SECONDS. */
  @Expose()
  @ToInteger()
  @IsInt()
  @Min(1)
  PASSWORD_RESETS_PER_IP = 20;

  @Expose()
  @ToInteger()
  @IsInt()
  @Min(60)
  PASSWORD_RESET_WINDOW_SECONDS = 3600;

  /**
   * How long the API waits for a Redis command (rate limits, health) before it gives up, in milliseconds: a frozen
   * Redis must not freeze sign-in (the limits then count in memory).
   */
  @Expose()
  @ToInteger()
  @IsInt()
  @Min(50)
  @Max(10_000)
  REDIS_COMMAND_TIMEOUT_MS = 500;

  /** Verification e-mails one account may ask for again per hour (the one sent at registration does not count). */
  @Expose()
  @ToInteger()
  @IsInt()
  @Min(1)
  EMAIL_VERIFICATION_RESENDS_PER_HOUR = 3;

  /** Phone verification codes one account may ask for again per hour (each is an SMS; at least a minute apart). */
  @Expose()
  @ToInteger()
  @IsInt()
  @Min(1)
  PHONE_VERIFICATION_RESENDS_PER_HOUR = 5;

  /** Passport numbers one migrant may save per day: enough for typos, too few to probe numbers one by one. */
  @Expose()
  @ToInteger()
  @IsInt()
  @Min(1)
  PASSPORT_SAVES_PER_DAY = 10;

  /** Public reads (vacancy search and pages) one client address may make a minute: a person never needs more, a scraper does. */
  @Expose()
  @ToInteger()
  @IsInt()
  @Min(1)
  PUBLIC_READS_PER_MINUTE = 300;

  /** Letter checks (`/verify`, by QR code) one client address may make a minute: guessing codes takes millions. */
  @Expose()
  @ToInteger()
  @IsInt()
  @Min(1)
  LETTER_CHECKS_PER_MINUTE = 30;

  /** Requests one API key (an employer's HR system) may make a minute, counted per key in Redis. */
  @Expose()
  @ToInteger()
  @IsInt()
  @Min(1)
  API_KEY_REQUESTS_PER_MINUTE = 120;

  /** Accounts one client address may register an hour (also counted per block of 1,000 phone numbers, 3 times this a day). */
  @Expose()
  @ToInteger()
  @IsInt()
  @Min(1)
  REGISTRATIONS_PER_HOUR = 10;

  /** Password hashes (argon2id, 19 MiB each) computed at once; the rest wait in line, and past 50 waiting get 503. */
  @Expose()
  @ToInteger()
  @IsInt()
  @Min(1)
  @Max(64)
  PASSWORD_HASHING_CONCURRENCY = 4;

  /** Key of the keyed hash that finds a passport number without decrypting (base64 of ≥ 32 bytes). Never rotate it casually: existing indexes depend on it. */
  @Expose()
  @IsNotEmpty({
    message: 'PASSPORT_BLIND_INDEX_KEY is required: base64 of 32 random bytes',
  })
  @Matches(/^[A-Za-z0-9+/=]{43,}$/, {
    message: 'PASSPORT_BLIND_INDEX_KEY must be base64 of at least 32 bytes',
  })
  PASSPORT_BLIND_INDEX_KEY!: string;

  /** Service target: working days the attaché has to decide a submitted batch. */
  @Expose()
  @ToInteger()
  @IsInt()
  @Min(1)
  @Max(60)
  BATCH_DECISION_WORKING_DAYS = 3;

  /** Service target: calendar days the employer has to shortlist or decline an application. */
  @Expose()
  @ToInteger()
  @IsInt()
  @Min(1)
  @Max(90)
  SHORTLIST_CALENDAR_DAYS = 7;

  /** Service target: working days the attaché of each country has to verify or reject a company (Russia's and the country's holidays are not counted). */
  @Expose()
  @ToInteger()
  @IsInt()
  @Min(1)
  @Max(60)
  COMPANY_VERIFICATION_WORKING_DAYS = 5;

  /** Service target: working days the attaché has to review a vacancy sent for review (Russia's and the country's holidays are not counted). */
  @Expose()
  @ToInteger()
  @IsInt()
  @Min(1)
  @Max(60)
  VACANCY_REVIEW_WORKING_DAYS = 3;

  /** Service target: working days the attaché has to take up a grievance received (Russia's and the country's holidays are not counted). */
  @Expose()
  @ToInteger()
  @IsInt()
  @Min(1)
  @Max(60)
  GRIEVANCE_TAKE_UP_WORKING_DAYS = 2;

  /** Service target: working days the attaché has to resolve or refer a grievance taken up (Russia's and the country's holidays are not counted). */
  @Expose()
  @ToInteger()
  @IsInt()
  @Min(1)
  @Max(60)
  GRIEVANCE_RESOLUTION_WORKING_DAYS = 10;

  /** Days after arrival when the migrant is asked how the job goes ("3,30,90"): ascending whole days, 1 to 365. */
  @Expose()
  // Checked only when it does not parse, and then refused whatever it is.
  @ValidateIf((config: ApiConfig) => typeof config.CHECK_IN_DAYS !== 'string' || parseCheckInDays(config.CHECK_IN_DAYS) === null)
  @Equals('3,30,90', { message: 'CHECK_IN_DAYS must be ascending days after arrival from 1 to 365 without repeats, e.g. "3,30,90"' })
  CHECK_IN_DAYS = DEFAULT_CHECK_IN_DAYS.join(',');

  /**
   * Where uploaded documents are kept: "local" (a folder, FILE_STORAGE_DIR: one instance, `npm start`) or "s3" (an
   * S3 bucket such as MinIO's, shared by every API instance: the S3_* settings below).
   */
  @Expose()
  @IsIn(FILE_STORAGE_DRIVERS, { message: 'FILE_STORAGE must be "local" (a folder) or "s3" (an S3 bucket, with the S3_* settings)' })
  FILE_STORAGE: FileStorageDriver = 'local';

  /** The folder of the local-disk driver. */
  @Expose()
  @IsNotEmpty()
  FILE_STORAGE_DIR = '.data/files';

  /** The S3 server, e.g. http://minio:9000; unset: AWS S3 of S3_REGION. */
  @Expose()
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true }, { message: 'S3_ENDPOINT must be a URL such as http://minio:9000' })
  S3_ENDPOINT?: string;

  @Expose()
  @ValidateIf(s3Chosen)
  @IsNotEmpty({ message: 'S3_BUCKET is required with FILE_STORAGE=s3 (the bucket that keeps the documents)' })
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'S3_BUCKET must be a bucket name: 3–63 of a-z 0-9 . -' })
  S3_BUCKET?: string;

  @Expose()
  @IsNotEmpty()
  S3_REGION = 'us-east-1';

  @Expose()
  @ValidateIf(s3Chosen)
  @IsNotEmpty({ message: 'S3_ACCESS_KEY_ID is required with FILE_STORAGE=s3' })
  S3_ACCESS_KEY_ID?: string;

  @Expose()
  @ValidateIf(s3Chosen)
  @IsNotEmpty({ message: 'S3_SECRET_ACCESS_KEY is required with FILE_STORAGE=s3' })
  S3_SECRET_ACCESS_KEY?: string;

  /** true for MinIO and most self-hosted servers (http://host/bucket/key); AWS also takes bucket.host. */
  @Expose()
  @ToBoolean()
  @IsBoolean()
  S3_FORCE_PATH_STYLE = false;

  /** Megabytes of documents one account may keep (a migrant's scans, a company's documents); a replaced file stops counting. */
  @Expose()
  @ToInteger()
  @IsInt()
  @Min(1)
  @Max(10_000)
  FILE_QUOTA_PER_ACCOUNT_MB = 50;

  /** How often stored files no row references are looked for and removed (0: never; tests run the sweep themselves). */
  @Expose()
  @ToInteger()
  @IsInt()
  @Min(0)
  ORPHAN_FILE_SWEEP_EVERY_SECONDS = 3600;

  /**
   * A stored file younger than this is never an orphan: its upload's transaction may not have committed yet. At least a
   * minute, far longer than any upload's transaction.
   */
  @Expose()
  @ToInteger()
  @IsInt()
  @Min(60)
  ORPHAN_FILE_GRACE_SECONDS = 86_400;

  /** Largest JSON body accepted, e.g. "100kb". */
  @Expose()
  @Matches(/^\d+(b|kb|mb)$/)
  BODY_LIMIT = '100kb';

  /** Token of the Telegram bot; with the two below it turns on "Connect Telegram". All three unset: Telegram is off. */
  @Expose()
  @ValidateIf(telegramPartlyConfigured)
  @IsNotEmpty({
    message: 'TELEGRAM_BOT_TOKEN is required with TELEGRAM_BOT_USERNAME and TELEGRAM_WEBHOOK_SECRET',
  })
  @Matches(TELEGRAM_BOT_TOKEN_FORMAT, { message: TELEGRAM_BOT_TOKEN_MESSAGE })
  TELEGRAM_BOT_TOKEN?: string;

  /** The bot's username (without "@"): the deep links point to https://t.me/<username>. */
  @Expose()
  @ValidateIf(telegramPartlyConfigured)
  @IsNotEmpty({
    message: "TELEGRAM_BOT_USERNAME is required with TELEGRAM_BOT_TOKEN (the bot's username, e.g. JumushKgBot)",
  })
  @Matches(/^[A-Za-z][A-Za-z0-9_]{3,30}[Bb][Oo][Tt]$/, {
    message: 'TELEGRAM_BOT_USERNAME must be a bot username without "@", ending in "bot"',
  })
  TELEGRAM_BOT_USERNAME?: string;

  /**
   * The secret_token given to setWebhook: Telegram sends it in X-Telegram-Bot-Api-Secret-Token, and
   * POST /api/telegram/webhook refuses any update without it. 1–256 of A–Z, a–z, 0–9, "_" and "-"; at least 32 here.
   */
  @Expose()
  @ValidateIf(telegramPartlyConfigured)
  @IsNotEmpty({
    message: 'TELEGRAM_WEBHOOK_SECRET is required with TELEGRAM_BOT_TOKEN (32–256 random characters A-Z a-z 0-9 _ -)',
  })
  @Matches(/^[A-Za-z0-9_-]{32,256}$/, {
    message: 'TELEGRAM_WEBHOOK_SECRET must be 32–256 characters of A-Z a-z 0-9 _ -',
  })
  TELEGRAM_WEBHOOK_SECRET?: string;

  /** Base URL of the Telegram Bot API (a local fake in tests). */
  @Expose()
  @IsUrl({ require_tld: false, require_protocol: true })
  TELEGRAM_API_URL = 'https://api.telegram.org';

  /** Express's `trust proxy` setting from TRUSTED_PROXIES (validated above, so never malformed here). */
  get trustProxy(): TrustProxySetting {
    return parseTrustedProxies(this.TRUSTED_PROXIES) ?? false;
  }

  /** The check-in days, parsed (validated at boot, so never null here). */
  get checkInDays(): number[] {
    return parseCheckInDays(this.CHECK_IN_DAYS) ?? [...DEFAULT_CHECK_IN_DAYS];
  }

  /** Whether "Connect Telegram" is on in this deployment. */
  get telegramConfigured(): boolean {
    return Boolean(this.TELEGRAM_BOT_TOKEN && this.TELEGRAM_BOT_USERNAME && this.TELEGRAM_WEBHOOK_SECRET);
  }
}

export class WorkerConfig extends CommonConfig {
  @Expose()
  @ToInteger()
  @IsInt()
  @Min(0)
  @Max(65535)
  WORKER_HEALTH_PORT = 3001;

  @Expose()
  @ToInteger()
  @IsInt()
  @Min(1)
  @Max(100)
  WORKER_CONCURRENCY = 5;

  /** SMTP server for e-mail (smtp://user:password@host:587, smtps://…:465). Unset: the worker captures mail in-process into captured_messages. */
  @Expose()
  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, {
    message: 'SMTP_URL must be an smtp:// or smtps:// URL',
  })
  SMTP_URL?: string;

  /** Sender of notification e-mail. */
  @Expose()
  @IsNotEmpty()
  MAIL_FROM = 'Jumush <no-reply@jumush.kg>';

  /** HTTP SMS gateway (POST JSON {to, text}). Unset: SMS are captured into captured_messages. */
  @Expose()
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true })
  SMS_GATEWAY_URL?: string;

  /** Bearer key of the SMS gateway. */
  @Expose()
  @IsOptional()
  @IsString()
  SMS_GATEWAY_KEY?: string;

  /** Token of the Telegram bot ("123456:ABC…"). Unset: the Telegram channel is off. */
  @Expose()
  @IsOptional()
  @Matches(TELEGRAM_BOT_TOKEN_FORMAT, { message: TELEGRAM_BOT_TOKEN_MESSAGE })
  TELEGRAM_BOT_TOKEN?: string;

  /** Base URL of the Telegram Bot API (a local fake in tests). */
  @Expose()
  @IsUrl({ require_tld: false, require_protocol: true })
  TELEGRAM_API_URL = 'https://api.telegram.org';

  /** Public address of the web app: links in notifications point there. */
  @Expose()
  @IsUrl({ require_tld: false, require_protocol: true })
  PUBLIC_WEB_URL = 'http://localhost:4200';
}
