/**
 * The daily publication of the audit chain's head (issue 15): a repeatable job of the system queue at 00:05 UTC (one
 * scheduler id, upserted at every start), and one run at start so a day the worker was away is not skipped.
 */
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { Clock } from '@jumush/server/config';
import {
  AUDIT_HEAD_PUBLICATION_PATTERN,
  AUDIT_HEAD_SCHEDULER_ID,
  QUEUE_POLICIES,
  QueueName,
  SystemJob,
  jobIdFor,
  type PublishAuditHeadJobData,
  type PublishAuditHeadJobReturn,
} from '@jumush/server/queues';
import { AuditHeadPublicationsRepository } from './audit-head-publications.repository';

@Injectable()
export class AuditHeadPublisher {
  constructor(
    private readonly publications: AuditHeadPublicationsRepository,
    private readonly clock: Clock,
  ) {}

  /** Publishes today's (UTC) head; a second run the same day leaves the first's. */
  async publishToday(): Promise<PublishAuditHeadJobReturn> {
    const publishedOn = this.clock.now().toISOString().slice(0, 10);
    return { publishedOn, published: await this.publications.publish(publishedOn) };
  }
}

@Injectable()
export class AuditHeadSchedule implements OnApplicationBootstrap {
  private readonly logger = new Logger(AuditHeadSchedule.name);

  constructor(
    @InjectQueue(QueueName.System) private readonly queue: Queue<PublishAuditHeadJobData, PublishAuditHeadJobReturn>,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const opts = QUEUE_POLICIES[QueueName.System].jobOptions;
    try {
      await this.queue.upsertJobScheduler(
        AUDIT_HEAD_SCHEDULER_ID,
        { pattern: AUDIT_HEAD_PUBLICATION_PATTERN, tz: 'UTC' },
        { name: SystemJob.PublishAuditHead, data: { reason: 'schedule' }, opts },
      );
      // One catch-up run per day however many workers start (a deterministic id); the publication is idempotent anyway.
      const today = this.clock.now().toISOString().slice(0, 10);
      await this.queue.add(SystemJob.PublishAuditHead, { reason: 'schedule' }, { ...opts, jobId: jobIdFor(SystemJob.PublishAuditHead, today) });
    } catch (error) {
      // Redis down at start: the worker reconnects and the next start schedules; the day's run is idempotent.
      this.logger.warn(`Could not schedule the audit head publication: ${(error as Error).message}`);
    }
  }
}
