import { Module } from '@nestjs/common';
import { PasswordHasher } from '../auth/password-hasher';
import { AccountsController, AdminAccountsController } from './accounts.controller';
import { AccountsRepository } from './accounts.repository';
import { AccountsService } from './accounts.service';

@Module({
  controllers: [AccountsController, AdminAccountsController],
  providers: [AccountsService, AccountsRepository, PasswordHasher],
  exports: [AccountsService, AccountsRepository, PasswordHasher],
})
export class AccountsModule {}
