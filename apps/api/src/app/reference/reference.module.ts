import { Module } from '@nestjs/common';
import { ReferenceController } from './reference.controller';
import { ReferenceService } from './reference.service';

/** Reference data shipped with the product: regions, occupations, minimum wages. */
@Module({ controllers: [ReferenceController], providers: [ReferenceService] })
export class ReferenceModule {}
