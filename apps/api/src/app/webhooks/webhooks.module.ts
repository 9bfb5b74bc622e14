import { Module } from '@nestjs/common';
import { passportCipherProvider } from '../candidates/passport-cipher';
import { CompaniesModule } from '../companies/companies.module';
import { WebhooksController } from './webhooks.controller';
import { WebhooksRepository } from './webhooks.repository';
import { WebhooksService } from './webhooks.service';

/** Webhooks for employers' systems: the owners' settings. The worker sends the deliveries (apps/worker webhooks). */
@Module({
  imports: [CompaniesModule],
  controllers: [WebhooksController],
  providers: [WebhooksRepository, WebhooksService, passportCipherProvider],
})
export class WebhooksModule {}
