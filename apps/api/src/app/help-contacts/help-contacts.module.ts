import { Module } from '@nestjs/common';
import { CandidatesModule } from '../candidates/candidates.module';
import { HelpContactsController } from './help-contacts.controller';
import { HelpContactsRepository } from './help-contacts.repository';
import { HelpContactsService } from './help-contacts.service';

/** Help nearby: hotlines, NGOs and consular representatives by Russian region and language. */
@Module({
  imports: [CandidatesModule],
  controllers: [HelpContactsController],
  providers: [HelpContactsRepository, HelpContactsService],
})
export class HelpContactsModule {}
