/**
 * The open-data queue (QUEUE_CONSUMERS: consumed by the API, where the data sets are computed): the `snapshot` job,
 * repeatable at Moscow midnight (one scheduler id, upserted at every start), and one catch-up run per day at start.
 */
import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { MOSCOW_TIME_ZONE } from '@jumush/domain';
import { Clock } from '@jumush/server/config';
import {
  JOBS_BY_QUEUE,
  OPEN_DATA_SNAPSHOT_PATTERN,
  OPEN_DATA_SNAPSHOT_SCHEDULER_ID,
  OpenDataJob,
  QUEUE_POLICIES,
  QueueName,
  jobIdFor,
  type OpenDataSnapshotJobData,
  type OpenDataSnapshotJobReturn,
} from '@jumush/server/queues';
import { OpenDataSnapshotsService } from './open-data-snapshots.service';

type Handler = (job: Job<OpenDataSnapshotJobData, OpenDataSnapshotJobReturn>) => Promise<OpenDataSnapshotJobReturn>;

@Processor(QueueName.OpenData, { concurrency: 1 })
export class OpenDataSnapshotProcessor extends WorkerHost {
  private readonly handlers: Record<OpenDataJob, Handler> = {
    [OpenDataJob.Snapshot]: (job) => this.snapshots.take(job.data.date),
  };

  constructor(private readonly snapshots: OpenDataSnapshotsService) {
    super();
    const declared = [...JOBS_BY_QUEUE[QueueName.OpenData]].sort().join();
    if (declared !== Object.keys(this.handlers).sort().join())
      throw new Error(`Queue "${QueueName.OpenData}" declares jobs [${declared}] without handlers`);
  }

  process(job: Job<OpenDataSnapshotJobData, OpenDataSnapshotJobReturn>): Promise<OpenDataSnapshotJobReturn> {
    const handler = (this.handlers as Record<string, Handler | undefined>)[job.name];
    if (!handler) throw new Error(`Queue "${QueueName.OpenData}" has no handler for job "${job.name}"`);
    return handler(job);
  }
}

@Injectable()
export class OpenDataSnapshotSchedule implements OnApplicationBootstrap {
  private readonly logger = new Logger(OpenDataSnapshotSchedule.name);

  constructor(
    @InjectQueue(QueueName.OpenData) private readonly queue: Queue<OpenDataSnapshotJobData, OpenDataSnapshotJobReturn>,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const opts = QUEUE_POLICIES[QueueName.OpenData].jobOptions;
    try {
      await this.queue.upsertJobScheduler(
        OPEN_DATA_SNAPSHOT_SCHEDULER_ID,
        { pattern: OPEN_DATA_SNAPSHOT_PATTERN, tz: MOSCOW_TIME_ZONE },
        { name: OpenDataJob.Snapshot, data: {}, opts },
      );
      // A day the API was down at midnight still gets its snapshot (a deterministic id: one per day however many start).
      const today = this.clock.today(MOSCOW_TIME_ZONE);
      await this.queue.add(OpenDataJob.Snapshot, { date: today }, { ...opts, jobId: jobIdFor(OpenDataJob.Snapshot, today) });
    } catch (error) {
      // Redis down at start: the next start schedules; the snapshot of a date is idempotent.
      this.logger.warn(`Could not schedule the open data snapshot: ${(error as Error).message}`);
    }
  }
}
