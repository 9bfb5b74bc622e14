import { Module } from '@nestjs/common';
import { PasswordHasher } from '../auth/password-hasher';
import { OneTimeSecretsModule } from '../one-time-secrets/one-time-secrets.module';
import { AccountSetupLinks } from './account-setup-links';
import { AccountsController, AdminAccountsController } from './accounts.controller';
import { AccountsRepository } from './accounts.repository';
import { AccountsService } from './accounts.service';
import { EmailVerificationService } from './email-verification.service';
import { PhoneVerificationService } from './phone-verification.service';
import { RegistrationAttemptAlerts } from './registration-attempt-alerts';

@Module({
  imports: [OneTimeSecretsModule],
  controllers: [AccountsController, AdminAccountsController],
  providers: [
    AccountsService,
    AccountsRepository,
    PasswordHasher,
    EmailVerificationService,
    PhoneVerificationService,
    RegistrationAttemptAlerts,
    AccountSetupLinks,
  ],
  exports: [AccountsService, AccountsRepository, PasswordHasher, EmailVerificationService, PhoneVerificationService],
})
export class AccountsModule {}
