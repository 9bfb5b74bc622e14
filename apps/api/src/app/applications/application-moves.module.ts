import { Global, Module } from '@nestjs/common';
import { ApplicationClosureService } from './application-closure.service';
import { ApplicationMovesRepository } from './application-moves.repository';

/**
 * Global: every context that changes applications (companies, vacancies, batches, candidates) moves them through
 * the one ApplicationMovesRepository without importing the applications module.
 */
@Global()
@Module({
  providers: [ApplicationMovesRepository, ApplicationClosureService],
  exports: [ApplicationMovesRepository, ApplicationClosureService],
})
export class ApplicationMovesModule {}
