import type { Job } from 'bullmq';
import { QueueName, SystemJob } from '@jumush/server/queues';
import { JobHandlerRegistry } from './job-handler-registry';

describe('JobHandlerRegistry', () => {
  it('refuses to start when a declared job has no handler', () => {
    expect(() => new JobHandlerRegistry(QueueName.System, {})).toThrow(/declares jobs \[smoke\] but has handlers for \[\]/);
  });

  it('refuses a handler for a job the queue does not declare', () => {
    const handler = async () => 'x';
    expect(() => new JobHandlerRegistry(QueueName.System, { [SystemJob.Smoke]: handler, stray: handler })).toThrow(/stray/);
  });

  it('routes a job to the handler of its name', async () => {
    const registry = new JobHandlerRegistry<{ n: number }, number>(QueueName.System, { [SystemJob.Smoke]: async (job) => job.data.n * 2 });
    await expect(registry.handle({ name: SystemJob.Smoke, data: { n: 21 } } as Job<{ n: number }, number>)).resolves.toBe(42);
  });
});
