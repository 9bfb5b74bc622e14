/** The notification centre: a row in in_app_notifications, announced to the API instances over Redis pub/sub. */
import { Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { NotificationChannel } from '@jumush/contracts';
import { IN_APP_EVENTS_CHANNEL, type InAppNotificationEvent } from '@jumush/server/queues';
import type { OutgoingMessage, RecordingChannelAdapter, RecordingSql } from './channel-adapter';

export class InAppChannel implements RecordingChannelAdapter {
  readonly kind = 'recording';
  readonly channel = NotificationChannel.InApp;
  readonly name = 'in-app';
  private readonly logger = new Logger(InAppChannel.name);

  constructor(private readonly publisher: Pick<Redis, 'publish'>) {}

  recordSql(message: OutgoingMessage): RecordingSql {
    return {
      sql: `INSERT INTO in_app_notifications (account_id, outbox_id, type, title, body, link)
            SELECT $2, $1, $4, left($5, 200), $6, $7 FROM claimed
            ON CONFLICT (outbox_id, account_id) DO NOTHING RETURNING id`,
      params: [message.type, message.title, message.body, message.link],
    };
  }

  async afterRecorded(message: OutgoingMessage, recordId: string): Promise<void> {
    const event: InAppNotificationEvent = { accountId: message.accountId, notificationId: recordId };
    // A lost announcement only delays the badge until the next page load; the notification itself is stored.
    await this.publisher.publish(IN_APP_EVENTS_CHANNEL, JSON.stringify(event)).catch((error: Error) => this.logger.warn(`Live update not published: ${error.message}`));
  }
}
