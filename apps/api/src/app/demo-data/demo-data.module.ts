import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { ApplicationsModule } from '../applications/applications.module';
import { BatchesModule } from '../batches/batches.module';
import { CandidatesModule } from '../candidates/candidates.module';
import { DemoDataSeeder } from './demo-data.seeder';
import { DemoJourney } from './demo-journey';

@Module({
  imports: [AccountsModule, CandidatesModule, ApplicationsModule, BatchesModule],
  providers: [DemoDataSeeder, DemoJourney],
  exports: [DemoDataSeeder],
})
export class DemoDataModule {}
