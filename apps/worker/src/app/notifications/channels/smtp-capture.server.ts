/**
 * Development and tests: an SMTP server inside the worker that keeps every message in
 * captured_messages instead of delivering it, so the real e-mail path (nodemailer, SMTP, MIME) runs
 * end to end and an admin page can show what would have been sent.
 */
import { Logger } from '@nestjs/common';
import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { DataSource } from 'typeorm';

const MAX_MESSAGE_BYTES = 1024 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function header(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

export class SmtpCaptureServer {
  private readonly logger = new Logger(SmtpCaptureServer.name);
  private readonly server: SMTPServer;
  port = 0;

  constructor(private readonly dataSource: DataSource) {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      size: MAX_MESSAGE_BYTES,
      onData: (stream, session, callback) => {
        const recipients = session.envelope.rcptTo.map((address) => address.address);
        simpleParser(stream)
          .then(async (mail) => {
            const outboxId = header(mail.headers.get('x-jumush-outbox'));
            const accountId = header(mail.headers.get('x-jumush-account'));
            await this.dataSource.query(
              `INSERT INTO captured_messages (channel, recipient, subject, body, account_id, outbox_id) VALUES ('EMAIL', $1, $2, $3, $4, $5)`,
              [
                recipients.join(', ').slice(0, 254),
                mail.subject?.slice(0, 300) ?? null,
                mail.text ?? '',
                accountId && UUID.test(accountId) ? accountId : null,
                outboxId && /^\d+$/.test(outboxId) ? outboxId : null,
              ],
            );
          })
          // Answering only after the row is written: when sendMail resolves, the message is on the admin page.
          .then(
            () => callback(),
            (error: Error) => {
              this.logger.error(`Could not capture a message: ${error.message}`);
              callback(Object.assign(new Error('Temporary failure, try again'), { responseCode: 451 }));
            },
          );
      },
    });
  }

  async start(): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.server.address() as AddressInfo).port;
    this.logger.log(`Capturing e-mail on smtp://127.0.0.1:${this.port}`);
    return this.port;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
