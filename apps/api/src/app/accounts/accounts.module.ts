import { Module } from '@nestjs/common';
import { PasswordHasher } from '../auth/password-hasher';
import { AccountsController, AdminAccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';

@Module({
  controllers: [AccountsController, AdminAccountsController],
  providers: [AccountsService, PasswordHasher],
  exports: [AccountsService, PasswordHasher],
})
export class AccountsModule {}
