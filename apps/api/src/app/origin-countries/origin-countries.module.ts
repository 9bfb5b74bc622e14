import { Global, Module } from '@nestjs/common';
import { OriginCountriesAdminService } from './origin-countries-admin.service';
import { AdminOriginCountriesController, OriginCountriesController } from './origin-countries.controller';
import { OriginCountriesRepository } from './origin-countries.repository';
import { OriginCountriesService } from './origin-countries.service';

/** Global: registration, profiles, letters and checklists all read the countries through OriginCountriesService. */
@Global()
@Module({
  controllers: [OriginCountriesController, AdminOriginCountriesController],
  providers: [OriginCountriesRepository, OriginCountriesService, OriginCountriesAdminService],
  exports: [OriginCountriesService],
})
export class OriginCountriesModule {}
