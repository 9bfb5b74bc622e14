/** Configuration of the HTTP API. README's environment table lists the same variables. */
import { Expose } from 'class-transformer';
import {
  Equals,
  IsBoolean,
  IsEmpty,
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
import { CommonConfig } from './common-config';
import { ToBoolean, ToInteger } from './transforms';
import { IsTrustedProxies, parseTrustedProxies, type TrustProxySetting } from './trusted-proxies';

/** "123456:ABC-def…", as BotFather hands it out. */
const TELEGRAM_BOT_TOKEN_FORMAT = /^\d+:[\w-]+$/;
const TELEGRAM_BOT_TOKEN_MESSAGE = 'TELEGRAM_BOT_TOKEN must look like "123456:ABC-def…"';

/** The API needs the token, the bot's username and the webhook secret together, or none of them. */
const telegramPartlyConfigured = (config: ApiConfig) =>
  Boolean(config.TELEGRAM_BOT_TOKEN || config.TELEGRAM_BOT_USERNAME || config.TELEGRAM_WEBHOOK_SECRET);

export class ApiConfig extends CommonConfig {
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

  /** Passport numbers one migrant may save per day: enough for typos, too few to probe numbers one by one. */
  @Expose()
  @ToInteger()
  @IsInt()
  @Min(1)
  PASSPORT_SAVES_PER_DAY = 10;

  /** Keys that encrypt passport numbers: "id:base64key,…" (32-byte keys); the first encrypts, all decrypt. */
  @Expose()
  @IsNotEmpty({
    message: 'PASSPORT_ENCRYPTION_KEYS is required: "k1:<base64 of 32 random bytes>"',
  })
  @Matches(/^[A-Za-z0-9_-]{1,16}:[A-Za-z0-9+/=]{43,44}(,[A-Za-z0-9_-]{1,16}:[A-Za-z0-9+/=]{43,44})*$/, {
    message: 'PASSPORT_ENCRYPTION_KEYS must look like "k1:<base64 of 32 bytes>,k0:<…>"',
  })
  PASSPORT_ENCRYPTION_KEYS!: string;

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

  /** Where uploaded documents are kept by the local-disk storage adapter. */
  @Expose()
  @IsNotEmpty()
  FILE_STORAGE_DIR = '.data/files';

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

  /**
   * The API's field-cipher keyring (PASSPORT_ENCRYPTION_KEYS, the same value): e-mails that carry a single-use link
   * travel sealed in the outbox and are opened only here, just before sending. Unset: such e-mails are skipped with
   * the reason on their delivery rows.
   */
  @Expose()
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,16}:[A-Za-z0-9+/=]{43,44}(,[A-Za-z0-9_-]{1,16}:[A-Za-z0-9+/=]{43,44})*$/, {
    message: 'PASSPORT_ENCRYPTION_KEYS must look like "k1:<base64 of 32 bytes>,k0:<…>"',
  })
  PASSPORT_ENCRYPTION_KEYS?: string;
}
