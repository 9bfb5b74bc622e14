/** The system queue: smoke jobs (proof that the API → queue → worker path works) and the audit head's daily publication. */
import { hostname } from 'node:os';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import {
  QueueName,
  SystemJob,
  type PublishAuditHeadJobData,
  type PublishAuditHeadJobReturn,
  type SmokeJobData,
  type SmokeJobReturn,
} from '@jumush/server/queues';
import { AuditHeadPublisher } from '../audit/audit-head-publisher';
import { JobHandlerRegistry } from '../job-handler-registry';

type SystemJobData = SmokeJobData | PublishAuditHeadJobData;
type SystemJobReturn = SmokeJobReturn | PublishAuditHeadJobReturn;

@Processor(QueueName.System)
export class SystemProcessor extends WorkerHost {
  private readonly handlers: JobHandlerRegistry<SystemJobData, SystemJobReturn>;

  constructor(private readonly auditHead: AuditHeadPublisher) {
    super();
    this.handlers = new JobHandlerRegistry<SystemJobData, SystemJobReturn>(QueueName.System, {
      [SystemJob.Smoke]: async (job) => ({ echo: (job.data as SmokeJobData).echo, processedBy: `${hostname()}:${process.pid}` }),
      [SystemJob.PublishAuditHead]: () => this.auditHead.publishToday(),
    });
  }

  process(job: Job<SystemJobData, SystemJobReturn>): Promise<SystemJobReturn> {
    return this.handlers.handle(job);
  }
}
