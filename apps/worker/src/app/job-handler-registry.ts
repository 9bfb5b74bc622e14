/** One handler per job name; a queue whose declared jobs lack a handler refuses to start. */
import type { Job } from 'bullmq';
import { JOBS_BY_QUEUE, queuesConsumedBy, type QueueName } from '@jumush/server/queues';

/** `token` is the job's lock token, for a handler that moves its job (e.g. to delayed, to wait its turn). */
export type JobHandler<Data, Result> = (job: Job<Data, Result>, token?: string) => Promise<Result>;

export class JobHandlerRegistry<Data, Result> {
  constructor(
    readonly queue: QueueName,
    private readonly handlers: Record<string, JobHandler<Data, Result>>,
  ) {
    const declared = [...JOBS_BY_QUEUE[queue]].sort();
    const handled = Object.keys(handlers).sort();
    if (declared.join() !== handled.join()) {
      throw new Error(`Queue "${queue}" declares jobs [${declared.join(', ')}] but has handlers for [${handled.join(', ')}]`);
    }
  }

  /** The same handlers for another queue that declares the same jobs (the per-channel delivery queues). */
  forQueue(queue: QueueName): JobHandlerRegistry<Data, Result> {
    return new JobHandlerRegistry(queue, this.handlers);
  }

  handle(job: Job<Data, Result>, token?: string): Promise<Result> {
    const handler = this.handlers[job.name];
    if (!handler) throw new Error(`Queue "${this.queue}" has no handler for job "${job.name}"`);
    return handler(job, token);
  }
}

/**
 * A declared queue that no processor consumes would fill up silently: the worker refuses to start instead. Only the
 * worker's queues count (QUEUE_CONSUMERS: vacancy jobs run in the API).
 */
export function assertEveryQueueConsumed(consumed: readonly QueueName[]): void {
  const missing = queuesConsumedBy('worker').filter((queue) => !consumed.includes(queue));
  if (missing.length > 0) throw new Error(`No processor for the declared queue(s) ${missing.join(', ')}`);
}
