import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { DemoDataSeeder } from './demo-data.seeder';

@Module({
  imports: [AccountsModule],
  providers: [DemoDataSeeder],
  exports: [DemoDataSeeder],
})
export class DemoDataModule {}
