import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { CandidatesModule } from '../candidates/candidates.module';
import { CompaniesModule } from '../companies/companies.module';
import { BatchDocumentsService } from './batch-documents.service';
import { BatchesController } from './batches.controller';
import { BatchDecisionService } from './batch-decision.service';
import { BatchDraftsService } from './batch-drafts.service';
import { BatchQueriesService } from './batch-queries.service';
import { BatchesRepository } from './batches.repository';
import { CandidateFlagsLoader } from './candidate-flags.loader';
import { LettersModule } from './letters.module';

/** Batches and the attaché's decision, with the letters and sheets that come out of it. */
@Module({
  imports: [CompaniesModule, CandidatesModule, LettersModule, ApplicationsModule],
  controllers: [BatchesController],
  providers: [BatchesRepository, BatchQueriesService, BatchDraftsService, BatchDecisionService, CandidateFlagsLoader, BatchDocumentsService],
  exports: [BatchDraftsService],
})
export class BatchesModule {}
