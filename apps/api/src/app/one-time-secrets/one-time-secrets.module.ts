import { Module } from '@nestjs/common';
import { OneTimeSecretsRepository } from './one-time-secrets.repository';
import { OneTimeSecretsService } from './one-time-secrets.service';

/** Single-use links and codes (e-mail and phone verification, password reset, account set-up). */
@Module({
  providers: [OneTimeSecretsService, OneTimeSecretsRepository],
  exports: [OneTimeSecretsService],
})
export class OneTimeSecretsModule {}
