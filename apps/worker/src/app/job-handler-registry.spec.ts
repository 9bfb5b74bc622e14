import type { Job } from 'bullmq';
import { JOBS_BY_QUEUE, QueueName, SystemJob, queuesConsumedBy } from '@jumush/server/queues';
import { JobHandlerRegistry, assertEveryQueueConsumed } from './job-handler-registry';
import { NOTIFICATION_QUEUE_NAMES } from './notifications/notification-queues';

describe('JobHandlerRegistry', () => {
  it('refuses to start when a declared job has no handler', () => {
    expect(() => new JobHandlerRegistry(QueueName.System, {})).toThrow(/declares jobs \[publish-audit-head, smoke\] but has handlers for \[\]/);
  });

  it('refuses a handler for a job the queue does not declare', () => {
    const handler = async () => 'x';
    expect(
      () => new JobHandlerRegistry(QueueName.System, { [SystemJob.Smoke]: handler, [SystemJob.PublishAuditHead]: handler, stray: handler }),
    ).toThrow(/stray/);
  });

  it('routes a job to the handler of its name', async () => {
    const registry = new JobHandlerRegistry<{ n: number }, number>(QueueName.System, {
      [SystemJob.Smoke]: async (job) => job.data.n * 2,
      [SystemJob.PublishAuditHead]: async () => 0,
    });
    await expect(registry.handle({ name: SystemJob.Smoke, data: { n: 21 } } as Job<{ n: number }, number>)).resolves.toBe(42);
  });

  it('reuses handlers for another queue only when that queue declares the same jobs', () => {
    const deliver = new JobHandlerRegistry(QueueName.DeliveriesSms, { deliver: async () => 'ok' });
    expect(deliver.forQueue(QueueName.DeliveriesEmail).queue).toBe(QueueName.DeliveriesEmail);
    expect(() => deliver.forQueue(QueueName.Reminders)).toThrow(/declares jobs \[remind\]/);
  });
});

describe('assertEveryQueueConsumed', () => {
  it('passes when the system processor and the notification workers cover every declared queue', () => {
    expect(() => assertEveryQueueConsumed([QueueName.System, ...NOTIFICATION_QUEUE_NAMES])).not.toThrow();
    expect(queuesConsumedBy('worker').sort()).toEqual([QueueName.System, ...NOTIFICATION_QUEUE_NAMES].sort());
    // Every declared queue has a consumer: the worker's above, the API's (vacancy closing, orphan-file sweep) in the API.
    expect(Object.keys(JOBS_BY_QUEUE).sort()).toEqual([...queuesConsumedBy('worker'), ...queuesConsumedBy('api')].sort());
    expect(queuesConsumedBy('api')).toEqual([QueueName.Vacancies, QueueName.Files, QueueName.OpenData]);
  });

  it('refuses to start when a declared queue has no processor', () => {
    expect(() => assertEveryQueueConsumed([QueueName.System])).toThrow(/No processor for the declared queue\(s\) notifications, deliveries-in-app/);
  });
});
