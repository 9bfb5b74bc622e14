/** E-mail over SMTP with nodemailer (a pooled transport). */
import { createTransport, type Transporter } from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import { NotificationChannel } from '@jumush/contracts';
import { PermanentDeliveryError, type ExternalChannelAdapter, type OutgoingMessage, type SendResult } from './channel-adapter';

/** SMTP connection settings from an smtp:// or smtps:// URL. */
export function smtpOptionsFromUrl(smtpUrl: string): SMTPPool.Options {
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  return {
    pool: true,
    maxConnections: 5,
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  };
}

export function emailText(message: OutgoingMessage): string {
  return [message.body, message.link, '—\nJumush'].filter(Boolean).join('\n\n');
}

/** `<deliver.42.account.EMAIL@jumush>`: the same Message-ID on every attempt, so mail systems can drop a duplicate. */
export function messageIdOf(idempotencyKey: string): string {
  return `<${idempotencyKey.replace(/[^\w.-]/g, '.')}@jumush>`;
}

/** The name of the e-mail channel that delivers to the development SMTP capture (captured_messages). */
export const SMTP_CAPTURE = 'smtp-capture';

export class EmailChannel implements ExternalChannelAdapter {
  readonly kind = 'external';
  readonly channel = NotificationChannel.Email;
  readonly name: string;
  readonly captures: boolean;
  private readonly transport: Transporter<SMTPPool.SentMessageInfo>;

  constructor(
    options: SMTPPool.Options,
    private readonly from: string,
    name = 'smtp',
  ) {
    this.transport = createTransport(options);
    this.name = name;
    this.captures = name === SMTP_CAPTURE;
  }

  async send(message: OutgoingMessage): Promise<SendResult> {
    try {
      const info = await this.transport.sendMail({
        from: this.from,
        to: message.address,
        subject: message.title,
        text: emailText(message),
        messageId: messageIdOf(message.idempotencyKey),
        headers: { 'X-Jumush-Outbox': message.outboxId, 'X-Jumush-Account': message.accountId ?? '', 'X-Jumush-Type': message.type },
      });
      return { providerMessageId: info.messageId ? info.messageId.slice(0, 128) : null };
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      // 5xx: the mailbox does not exist, the message was rejected, or we may not send at all — a retry will not change it.
      if (code !== undefined && code >= 500) throw new PermanentDeliveryError(`SMTP ${code}: ${(error as Error).message.slice(0, 200)}`);
      throw error;
    }
  }

  close(): void {
    this.transport.close();
  }
}
