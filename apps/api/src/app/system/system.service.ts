/** Proves the API → queue → worker path end to end. */
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Queue, QueueEvents } from 'bullmq';
import type { SmokeJobResult } from '@jumush/contracts';
import { QueueName, SystemJob, type SmokeJobData, type SmokeJobReturn } from '@jumush/server/queues';
import { ProblemException } from '../http/problem';

const SMOKE_TIMEOUT_MS = 10_000;

@Injectable()
export class SystemService implements OnModuleDestroy {
  private events?: QueueEvents;

  constructor(
    @InjectQueue(QueueName.System)
    private readonly queue: Queue<SmokeJobData, SmokeJobReturn>,
  ) {}

  async runSmokeJob(echo: string): Promise<SmokeJobResult> {
    this.events ??= new QueueEvents(QueueName.System, {
      connection: this.queue.opts.connection,
      prefix: this.queue.opts.prefix,
    });
    await this.events.waitUntilReady();
    const job = await this.queue.add(SystemJob.Smoke, { echo, requestedAt: new Date().toISOString() }, { attempts: 1 });
    try {
      const result = await job.waitUntilFinished(this.events, SMOKE_TIMEOUT_MS);
      return {
        jobId: String(job.id),
        echo: result.echo,
        processedBy: result.processedBy,
      };
    } catch (error) {
      throw new ProblemException(503, {
        code: 'system.workerUnavailable',
        detail: `No worker finished the job: ${(error as Error).message}`,
      });
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.events?.close();
  }
}
