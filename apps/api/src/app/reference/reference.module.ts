import { Module } from '@nestjs/common';

/** Reference data shipped with the product: regions, occupations, minimum wages. */
@Module({})
export class ReferenceModule {}
