import { Global, Module } from '@nestjs/common';
import { passportCipherProvider } from '../candidates/passport-cipher';
import { OutboxService } from './outbox.service';

/** The field cipher (the passport-number keyring) seals the one-time secrets outbox messages carry (security.ts). */
@Global()
@Module({ providers: [OutboxService, passportCipherProvider], exports: [OutboxService] })
export class OutboxModule {}
