import { Module } from '@nestjs/common';
import { CandidatesModule } from '../candidates/candidates.module';
import { CompaniesModule } from '../companies/companies.module';
import { BatchDocumentsService } from './batch-documents.service';
import { BatchesController } from './batches.controller';
import { BatchesService } from './batches.service';

/** Batches and the attaché's decision, with the letters and sheets that come out of it. */
@Module({
  imports: [CompaniesModule, CandidatesModule],
  controllers: [BatchesController],
  providers: [BatchesService, BatchDocumentsService],
})
export class BatchesModule {}
