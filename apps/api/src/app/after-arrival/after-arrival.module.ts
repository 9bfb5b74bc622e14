import { Module } from '@nestjs/common';
import { CandidatesModule } from '../candidates/candidates.module';
import { CompaniesModule } from '../companies/companies.module';
import { AfterArrivalController } from './after-arrival.controller';
import { CheckInsRepository } from './check-ins.repository';
import { CheckInsService } from './check-ins.service';
import { FeeReceiptsService } from './fee-receipts.service';
import { GrievanceAttachmentsRepository } from './grievance-attachments.repository';
import { GrievanceAttachmentsService } from './grievance-attachments.service';
import { GrievancesRepository } from './grievances.repository';
import { GrievancesService } from './grievances.service';
import { RedFlagsRepository } from './red-flags.repository';
import { RedFlagsService } from './red-flags.service';
import { WorkReportsController } from './work-reports.controller';
import { WorkReportsRepository } from './work-reports.repository';
import { WorkReportsService } from './work-reports.service';

/**
 * After arrival: check-ins on set days, grievances routed to the attaché, promised versus actual, fee reports and red
 * flags (the arrival itself is an application move).
 */
@Module({
  imports: [CandidatesModule, CompaniesModule],
  controllers: [AfterArrivalController, WorkReportsController],
  providers: [
    CheckInsRepository,
    CheckInsService,
    GrievancesRepository,
    GrievancesService,
    GrievanceAttachmentsRepository,
    GrievanceAttachmentsService,
    FeeReceiptsService,
    WorkReportsRepository,
    WorkReportsService,
    RedFlagsRepository,
    RedFlagsService,
  ],
  exports: [CheckInsService],
})
export class AfterArrivalModule {}
