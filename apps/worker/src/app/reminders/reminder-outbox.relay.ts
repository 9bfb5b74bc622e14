/**
 * The reminder outbox: rows the API writes in the same transaction as a change that calls for a reminder (a planned
 * departure date) become delayed `remind` jobs here, under their deterministic ids. While Redis is down the rows
 * wait in PostgreSQL, so no reminder is lost.
 */
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { queryRows } from '@jumush/server/database';
import { QueueName, ReminderJob, type RemindJobData } from '@jumush/server/queues';
import { NOTIFICATION_PIPELINE_OPTIONS, type NotificationPipelineOptions } from '../notifications/notification-options';
import { NotificationQueues } from '../notifications/notification-queues';
import { Clock } from '@jumush/server/config';

/** Rows taken per round. */
const BATCH_SIZE = 200;
/** Longest pause between rounds while Redis or PostgreSQL keeps failing. */
const MAX_BACKOFF_MS = 5_000;

interface ReminderOutboxRow {
  id: string;
  job_id: string;
  data: RemindJobData;
  due_at: Date;
}

@Injectable()
export class ReminderOutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ReminderOutboxRelay.name);
  private running = false;
  private timer?: NodeJS.Timeout;
  private round?: Promise<unknown>;
  private failures = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: NotificationQueues,
    @Inject(NOTIFICATION_PIPELINE_OPTIONS) private readonly options: NotificationPipelineOptions,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    // The same switch as the notification outbox: a process that relays one relays both.
    if (!this.options.runRelay) return;
    this.running = true;
    this.schedule();
  }

  async onModuleDestroy(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    await this.round?.catch(() => undefined);
  }

  private schedule(): void {
    const pause = this.failures === 0 ? this.options.relayIntervalMs : Math.min(this.options.relayIntervalMs * 2 ** this.failures, MAX_BACKOFF_MS);
    this.timer = setTimeout(() => {
      this.round = this.relayOnce()
        .then(() => {
          if (this.failures > 0) this.logger.log('Reminder outbox relay recovered');
          this.failures = 0;
        })
        .catch((error: Error) => {
          this.failures += 1;
          // Once, then every 20th failure: an outage must not flood the log.
          if (this.failures === 1 || this.failures % 20 === 0)
            this.logger.warn(`Reminder outbox round failed (${this.failures}×), rows stay: ${error.message}`);
        })
        .finally(() => {
          if (this.running) this.schedule();
        });
    }, pause);
  }

  /**
   * One round: lock unqueued rows (SKIP LOCKED: another worker takes others), add their delayed jobs, mark them
   * queued, commit. Redis refusing rolls the round back; a commit lost after the jobs were added adds them again
   * next round under the same ids, which BullMQ ignores. Returns how many rows were queued.
   */
  async relayOnce(now = this.clock.now()): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await queryRows<ReminderOutboxRow>(
        manager,
        'SELECT id::text AS id, job_id, data, due_at FROM reminder_outbox WHERE queued_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED',
        [BATCH_SIZE],
      );
      if (rows.length === 0) return 0;
      await this.queues.get(QueueName.Reminders).addBulk(
        rows.map((row) => ({
          name: ReminderJob.Remind,
          data: row.data,
          opts: { jobId: row.job_id, delay: Math.max(0, new Date(row.due_at).getTime() - now.getTime()) },
        })),
      );
      await manager.query('UPDATE reminder_outbox SET queued_at = now() WHERE id = ANY($1::bigint[])', [rows.map((row) => row.id)]);
      return rows.length;
    });
  }
}
