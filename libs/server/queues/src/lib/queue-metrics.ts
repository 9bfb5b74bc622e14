/** The queue-depth gauge both processes serve at /metrics: jobs per queue and state, read from Redis at each scrape. */
import type { Queue } from 'bullmq';
import { Gauge, type Registry } from 'prom-client';

export const QUEUE_JOB_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'failed', 'completed'] as const;

/** What the gauge reads of a queue. */
export type CountableQueue = Pick<Queue, 'name' | 'getJobCounts'>;

/**
 * Registers `jumush_queue_jobs{queue,state}` on `registry`. `queues` is asked at each scrape, so queues opened later
 * count too. A queue that cannot be read (Redis down) keeps its last values instead of failing the whole scrape.
 */
export function registerQueueDepthGauge(registry: Registry, queues: () => readonly CountableQueue[]): Gauge<'queue' | 'state'> {
  return new Gauge({
    name: 'jumush_queue_jobs',
    help: 'Jobs per queue and state',
    labelNames: ['queue', 'state'] as const,
    registers: [registry],
    async collect() {
      await Promise.all(
        queues().map(async (queue) => {
          const counts = await queue.getJobCounts(...QUEUE_JOB_STATES).catch(() => null);
          if (counts) for (const state of QUEUE_JOB_STATES) this.set({ queue: queue.name, state }, counts[state] ?? 0);
        }),
      );
    },
  });
}
