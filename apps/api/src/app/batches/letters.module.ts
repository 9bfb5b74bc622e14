import { Global, Module } from '@nestjs/common';
import { LetterRevocationService } from './letter-revocation.service';
import { LettersRepository } from './letters.repository';

/**
 * Global: approval letters are revoked from two contexts — the attaché's route (batches) and an employer's
 * suspension (companies) — without the companies module importing batches (which imports companies).
 */
@Global()
@Module({
  providers: [LettersRepository, LetterRevocationService],
  exports: [LettersRepository, LetterRevocationService],
})
export class LettersModule {}
