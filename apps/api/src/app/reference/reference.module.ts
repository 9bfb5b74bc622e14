import { Global, Module } from '@nestjs/common';
import { AdminReferenceController } from './admin-reference.controller';
import { MinimumWagesRepository } from './minimum-wages.repository';
import { MinimumWagesService } from './minimum-wages.service';
import { ReferenceController } from './reference.controller';
import { ReferenceService } from './reference.service';

/** Reference data: regions and occupations shipped with the product, minimum wages edited by the admin. */
@Global()
@Module({
  controllers: [ReferenceController, AdminReferenceController],
  providers: [ReferenceService, MinimumWagesRepository, MinimumWagesService],
  exports: [MinimumWagesService],
})
export class ReferenceModule {}
