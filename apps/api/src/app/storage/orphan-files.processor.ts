/**
 * The files queue (QUEUE_CONSUMERS: consumed by the API, where the storage driver is): the `sweep-orphans` job on a
 * repeatable schedule (one scheduler id, upserted at every start, so several API instances keep one schedule).
 */
import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { ApiConfig } from '@jumush/server/config';
import {
  FileJob,
  JOBS_BY_QUEUE,
  ORPHAN_FILE_SWEEP_SCHEDULER_ID,
  QUEUE_POLICIES,
  QueueName,
  type SweepOrphanFilesJobData,
  type SweepOrphanFilesJobReturn,
} from '@jumush/server/queues';
import { OrphanFilesService } from './orphan-files.service';

type Handler = (job: Job<SweepOrphanFilesJobData, SweepOrphanFilesJobReturn>) => Promise<SweepOrphanFilesJobReturn>;

// One at a time per instance: two sweeps at once would only list the same storage twice.
@Processor(QueueName.Files, { concurrency: 1 })
export class OrphanFilesProcessor extends WorkerHost {
  private readonly handlers: Record<FileJob, Handler> = {
    [FileJob.SweepOrphans]: (job) => this.orphans.sweep(job.data.graceSeconds),
  };

  constructor(private readonly orphans: OrphanFilesService) {
    super();
    // One handler per declared job, as the worker's JobHandlerRegistry demands of its queues.
    const declared = [...JOBS_BY_QUEUE[QueueName.Files]].sort().join();
    if (declared !== Object.keys(this.handlers).sort().join())
      throw new Error(`Queue "${QueueName.Files}" declares jobs [${declared}] without handlers`);
  }

  process(job: Job<SweepOrphanFilesJobData, SweepOrphanFilesJobReturn>): Promise<SweepOrphanFilesJobReturn> {
    const handler = (this.handlers as Record<string, Handler | undefined>)[job.name];
    if (!handler) throw new Error(`Queue "${QueueName.Files}" has no handler for job "${job.name}"`);
    return handler(job);
  }
}

@Injectable()
export class OrphanFilesSchedule implements OnApplicationBootstrap {
  private readonly logger = new Logger(OrphanFilesSchedule.name);

  constructor(
    @InjectQueue(QueueName.Files) private readonly queue: Queue<SweepOrphanFilesJobData, SweepOrphanFilesJobReturn>,
    private readonly config: ApiConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const every = this.config.ORPHAN_FILE_SWEEP_EVERY_SECONDS;
    if (every === 0) return;
    try {
      await this.queue.upsertJobScheduler(
        ORPHAN_FILE_SWEEP_SCHEDULER_ID,
        { every: every * 1000 },
        { name: FileJob.SweepOrphans, data: {}, opts: QUEUE_POLICIES[QueueName.Files].jobOptions },
      );
    } catch (error) {
      // Redis down at start: orphans wait for the next start's schedule; nothing is lost meanwhile.
      this.logger.warn(`Could not schedule the orphan-file sweep: ${(error as Error).message}`);
    }
  }
}
