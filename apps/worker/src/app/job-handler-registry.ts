/** One handler per job name; a queue whose declared jobs lack a handler refuses to start. */
import type { Job } from 'bullmq';
import { JOBS_BY_QUEUE, type QueueName } from '@jumush/server/queues';

export type JobHandler<Data, Result> = (job: Job<Data, Result>) => Promise<Result>;

export class JobHandlerRegistry<Data, Result> {
  constructor(
    private readonly queue: QueueName,
    private readonly handlers: Record<string, JobHandler<Data, Result>>,
  ) {
    const declared = [...JOBS_BY_QUEUE[queue]].sort();
    const handled = Object.keys(handlers).sort();
    if (declared.join() !== handled.join()) {
      throw new Error(`Queue "${queue}" declares jobs [${declared.join(', ')}] but has handlers for [${handled.join(', ')}]`);
    }
  }

  handle(job: Job<Data, Result>): Promise<Result> {
    const handler = this.handlers[job.name];
    if (!handler) throw new Error(`Queue "${this.queue}" has no handler for job "${job.name}"`);
    return handler(job);
  }
}
