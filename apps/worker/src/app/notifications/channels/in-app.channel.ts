/** The notification centre: a row in in_app_notifications, announced to the API instances over Redis pub/sub. */
import { Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { NotificationChannel } from '@jumush/contracts';
import { IN_APP_EVENTS_CHANNEL, type InAppNotificationEvent } from '@jumush/server/queues';
import type { RecordedMessage, RecordingChannelAdapter } from './channel-adapter';

export class InAppChannel implements RecordingChannelAdapter {
  readonly kind = 'recording';
  readonly channel = NotificationChannel.InApp;
  readonly name = 'in-app';
  private readonly logger = new Logger(InAppChannel.name);

  readonly recordSql = `INSERT INTO in_app_notifications (account_id, outbox_id, type, title, body, link)
    SELECT m.account_id, m.outbox_id, m.type, left(m.title, 200), m.body, m.link FROM claimed_messages m ORDER BY m.delivery_id
    ON CONFLICT (outbox_id, account_id) DO NOTHING RETURNING id, account_id`;
  readonly recordedFields = ['type', 'title', 'body', 'link'] as const;

  constructor(private readonly publisher: Pick<Redis, 'pipeline'>) {}

  /** One round trip for the whole chunk. */
  async afterRecorded(records: RecordedMessage[]): Promise<void> {
    if (records.length === 0) return;
    const commands = records.map(({ accountId, recordId }): [string, string, string] => [
      'publish',
      IN_APP_EVENTS_CHANNEL,
      JSON.stringify({ accountId, notificationId: recordId } satisfies InAppNotificationEvent),
    ]);
    try {
      const results = (await this.publisher.pipeline(commands).exec()) ?? [];
      const failed = results.find(([error]) => error);
      if (failed?.[0]) throw failed[0];
    } catch (error) {
      // A lost announcement only delays the badge until the next page load; the notification itself is stored.
      this.logger.warn(`Live updates not published: ${(error as Error).message}`);
    }
  }
}
