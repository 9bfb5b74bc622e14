/** The adapter of each channel, chosen from the configuration; owns the SMTP capture server in development. */
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { NotificationChannel } from '@jumush/contracts';
import { WorkerConfig } from '@jumush/server/config';
import { NOTIFICATION_PIPELINE_OPTIONS, type NotificationPipelineOptions } from '../notification-options';
import { PRODUCER_REDIS } from '../notification-queues';
import type { ChannelAdapter } from './channel-adapter';
import { EmailChannel, SMTP_CAPTURE, smtpOptionsFromUrl } from './email.channel';
import { InAppChannel } from './in-app.channel';
import { SmtpCaptureServer } from './smtp-capture.server';
import { CapturingSmsChannel, HttpSmsChannel } from './sms.channel';
import { TelegramChannel } from './telegram.channel';

@Injectable()
export class NotificationChannels {
  private readonly logger = new Logger(NotificationChannels.name);
  private readonly adapters = new Map<NotificationChannel, ChannelAdapter>();
  private captureServer?: SmtpCaptureServer;
  private email?: EmailChannel;
  /** Channels this deployment can send on. */
  readonly configured: ReadonlySet<NotificationChannel>;

  constructor(
    private readonly config: WorkerConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PRODUCER_REDIS) private readonly redis: Redis,
    @Inject(NOTIFICATION_PIPELINE_OPTIONS) private readonly options: NotificationPipelineOptions,
  ) {
    const telegram = Boolean(config.TELEGRAM_BOT_TOKEN) || Boolean(options.channelAdapters[NotificationChannel.Telegram]);
    this.configured = new Set([
      NotificationChannel.InApp,
      NotificationChannel.Email,
      NotificationChannel.Sms,
      ...(telegram ? [NotificationChannel.Telegram] : []),
    ]);
  }

  async start(): Promise<void> {
    const overrides = this.options.channelAdapters;
    this.adapters.set(NotificationChannel.InApp, overrides.IN_APP ?? new InAppChannel(this.redis));
    this.adapters.set(
      NotificationChannel.Sms,
      overrides.SMS ??
        (this.config.SMS_GATEWAY_URL ? new HttpSmsChannel(this.config.SMS_GATEWAY_URL, this.config.SMS_GATEWAY_KEY) : new CapturingSmsChannel()),
    );
    if (overrides.EMAIL) this.adapters.set(NotificationChannel.Email, overrides.EMAIL);
    else if (this.config.SMTP_URL) this.email = new EmailChannel(smtpOptionsFromUrl(this.config.SMTP_URL), this.config.MAIL_FROM);
    else {
      this.captureServer = new SmtpCaptureServer(this.dataSource);
      const port = await this.captureServer.start();
      this.email = new EmailChannel(
        { pool: true, maxConnections: 5, host: '127.0.0.1', port, secure: false, ignoreTLS: true },
        this.config.MAIL_FROM,
        SMTP_CAPTURE,
      );
    }
    if (this.email) this.adapters.set(NotificationChannel.Email, this.email);
    if (overrides.TELEGRAM) this.adapters.set(NotificationChannel.Telegram, overrides.TELEGRAM);
    else if (this.config.TELEGRAM_BOT_TOKEN)
      this.adapters.set(NotificationChannel.Telegram, new TelegramChannel(this.config.TELEGRAM_API_URL, this.config.TELEGRAM_BOT_TOKEN));
    this.logger.log(`Channels: ${[...this.adapters.values()].map((adapter) => `${adapter.channel}=${adapter.name}`).join(', ')}`);
  }

  /** The adapter of a configured channel; undefined for a channel switched off (Telegram without a token). */
  adapter(channel: NotificationChannel): ChannelAdapter | undefined {
    return this.adapters.get(channel);
  }

  async stop(): Promise<void> {
    this.email?.close();
    await this.captureServer?.stop();
  }
}
