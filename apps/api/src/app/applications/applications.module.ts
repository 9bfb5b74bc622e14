import { Module } from '@nestjs/common';
import { CandidatesModule } from '../candidates/candidates.module';
import { CompaniesModule } from '../companies/companies.module';
import { ApplicationsController } from './applications.controller';
import { ApplicationsService } from './applications.service';
import { ExpectedDurationsService } from './expected-durations.service';

/** Applications: one-tap apply, the workflow, timelines, and what employers see of applicants. */
@Module({
  imports: [CandidatesModule, CompaniesModule],
  controllers: [ApplicationsController],
  providers: [ApplicationsService, ExpectedDurationsService],
  exports: [ApplicationsService],
})
export class ApplicationsModule {}
