/** Answers smoke jobs: proof that the API → queue → worker path works. */
import { hostname } from 'node:os';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { QueueName, SystemJob, type SmokeJobData, type SmokeJobReturn } from '@jumush/server/queues';
import { JobHandlerRegistry } from '../job-handler-registry';

@Processor(QueueName.System)
export class SystemProcessor extends WorkerHost {
  private readonly handlers = new JobHandlerRegistry<SmokeJobData, SmokeJobReturn>(QueueName.System, {
    [SystemJob.Smoke]: async (job) => ({ echo: job.data.echo, processedBy: `${hostname()}:${process.pid}` }),
  });

  process(job: Job<SmokeJobData, SmokeJobReturn>): Promise<SmokeJobReturn> {
    return this.handlers.handle(job);
  }
}
