import { Module } from '@nestjs/common';
import { CandidatesModule } from '../candidates/candidates.module';
import { AfterArrivalController } from './after-arrival.controller';
import { CheckInsRepository } from './check-ins.repository';
import { CheckInsService } from './check-ins.service';
import { GrievancesRepository } from './grievances.repository';
import { GrievancesService } from './grievances.service';

/** After arrival: check-ins on set days and grievances routed to the attaché (the arrival itself is an application move). */
@Module({
  imports: [CandidatesModule],
  controllers: [AfterArrivalController],
  providers: [CheckInsRepository, CheckInsService, GrievancesRepository, GrievancesService],
  exports: [CheckInsService],
})
export class AfterArrivalModule {}
