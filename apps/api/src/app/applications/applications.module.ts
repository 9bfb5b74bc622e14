import { Module } from '@nestjs/common';
import { AfterArrivalModule } from '../after-arrival/after-arrival.module';
import { CandidatesModule } from '../candidates/candidates.module';
import { CompaniesModule } from '../companies/companies.module';
import { ApplicationsController } from './applications.controller';
import { ApplicationsRepository } from './applications.repository';
import { ArrivalService } from './arrival.service';
import { EmployerApplicantsService } from './employer-applicants.service';
import { ExpectedDurationsService } from './expected-durations.service';
import { QueuePositionsRepository } from './queue-positions.repository';
import { MyApplicationsService } from './my-applications.service';

/** Applications: one-tap apply, the workflow, timelines, and what employers see of applicants. */
@Module({
  imports: [CandidatesModule, CompaniesModule, AfterArrivalModule],
  controllers: [ApplicationsController],
  providers: [
    ApplicationsRepository,
    MyApplicationsService,
    ArrivalService,
    EmployerApplicantsService,
    ExpectedDurationsService,
    QueuePositionsRepository,
  ],
  exports: [MyApplicationsService, EmployerApplicantsService, ExpectedDurationsService, QueuePositionsRepository],
})
export class ApplicationsModule {}
