/**
 * The API's one queue consumer (QUEUE_CONSUMERS): the `close-due` job of the vacancies queue, run on a repeatable
 * schedule (one scheduler id, upserted at every start, so several API instances keep one schedule) and on demand.
 */
import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { ApiConfig } from '@jumush/server/config';
import {
  JOBS_BY_QUEUE,
  QUEUE_POLICIES,
  QueueName,
  VACANCY_CLOSING_SCHEDULER_ID,
  VacancyJob,
  type CloseDueVacanciesJobData,
  type CloseDueVacanciesJobReturn,
} from '@jumush/server/queues';
import { VacancyClosingService } from './vacancy-closing.service';

type Handler = (job: Job<CloseDueVacanciesJobData, CloseDueVacanciesJobReturn>) => Promise<CloseDueVacanciesJobReturn>;

@Processor(QueueName.Vacancies, { concurrency: 1 })
export class VacancyClosingProcessor extends WorkerHost {
  private readonly handlers: Record<VacancyJob, Handler> = {
    [VacancyJob.CloseDue]: (job) => this.closing.closeDue(job.data.vacancyIds),
  };

  constructor(private readonly closing: VacancyClosingService) {
    super();
    // One handler per declared job, as the worker's JobHandlerRegistry demands of its queues.
    const declared = [...JOBS_BY_QUEUE[QueueName.Vacancies]].sort().join();
    if (declared !== Object.keys(this.handlers).sort().join())
      throw new Error(`Queue "${QueueName.Vacancies}" declares jobs [${declared}] without handlers`);
  }

  process(job: Job<CloseDueVacanciesJobData, CloseDueVacanciesJobReturn>): Promise<CloseDueVacanciesJobReturn> {
    const handler = (this.handlers as Record<string, Handler | undefined>)[job.name];
    if (!handler) throw new Error(`Queue "${QueueName.Vacancies}" has no handler for job "${job.name}"`);
    return handler(job);
  }
}

@Injectable()
export class VacancyClosingSchedule implements OnApplicationBootstrap {
  private readonly logger = new Logger(VacancyClosingSchedule.name);

  constructor(
    @InjectQueue(QueueName.Vacancies) private readonly queue: Queue<CloseDueVacanciesJobData, CloseDueVacanciesJobReturn>,
    private readonly config: ApiConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const every = this.config.VACANCY_CLOSING_EVERY_SECONDS;
    if (every === 0) return;
    try {
      await this.queue.upsertJobScheduler(
        VACANCY_CLOSING_SCHEDULER_ID,
        { every: every * 1000 },
        { name: VacancyJob.CloseDue, data: {}, opts: QUEUE_POLICIES[QueueName.Vacancies].jobOptions },
      );
    } catch (error) {
      // Redis down at start: the API still serves; the search hides due vacancies meanwhile, the next start schedules.
      this.logger.warn(`Could not schedule vacancy closing: ${(error as Error).message}`);
    }
  }
}
