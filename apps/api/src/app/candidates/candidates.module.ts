import { Module } from '@nestjs/common';
import { CandidatesController } from './candidates.controller';
import { CandidatesService } from './candidates.service';
import { passportCipherProvider } from './passport-cipher';

/** Migrants' pre-departure profiles: the wizard, the checklist, consent, export and deletion. */
@Module({
  controllers: [CandidatesController],
  providers: [CandidatesService, passportCipherProvider],
  exports: [CandidatesService, passportCipherProvider],
})
export class CandidatesModule {}
