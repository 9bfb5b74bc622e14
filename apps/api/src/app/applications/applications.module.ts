import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueName } from '@jumush/server/queues';
import { CandidatesModule } from '../candidates/candidates.module';
import { CompaniesModule } from '../companies/companies.module';
import { ApplicationsController } from './applications.controller';
import { ApplicationsService } from './applications.service';
import { ExpectedDurationsService } from './expected-durations.service';

/** Applications: one-tap apply, the workflow, timelines, and what employers see of applicants. */
@Module({
  imports: [
    CandidatesModule,
    CompaniesModule,
    BullModule.registerQueue({ name: QueueName.Reminders }),
  ],
  controllers: [ApplicationsController],
  providers: [ApplicationsService, ExpectedDurationsService],
  exports: [ApplicationsService],
})
export class ApplicationsModule {}
