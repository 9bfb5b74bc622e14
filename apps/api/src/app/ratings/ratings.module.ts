import { Module } from '@nestjs/common';
import { CandidatesModule } from '../candidates/candidates.module';
import { CompaniesModule } from '../companies/companies.module';
import { RatingsController } from './ratings.controller';
import { RatingsRepository } from './ratings.repository';
import { RatingsService } from './ratings.service';

/** Ratings from those who worked there: given by the migrant after 30 days of work, public from 5, answered once. */
@Module({
  imports: [CandidatesModule, CompaniesModule],
  controllers: [RatingsController],
  providers: [RatingsRepository, RatingsService],
  exports: [RatingsService],
})
export class RatingsModule {}
