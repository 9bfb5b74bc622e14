import { Global, Module } from '@nestjs/common';
import { AdminOccupationsController } from './occupations.controller';
import { OccupationsAdminService } from './occupations-admin.service';
import { OccupationsRepository } from './occupations.repository';
import { OccupationsService } from './occupations.service';

/** Global: vacancies, profiles, the reference list and the search read the occupations through OccupationsService. */
@Global()
@Module({
  controllers: [AdminOccupationsController],
  providers: [OccupationsRepository, OccupationsService, OccupationsAdminService],
  exports: [OccupationsService],
})
export class OccupationsModule {}
