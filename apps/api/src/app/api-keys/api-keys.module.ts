import { Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { CompaniesModule } from '../companies/companies.module';
import { ApiKeyAuthenticator } from './api-key-authenticator';
import { ApiKeyUsesMiddleware } from './api-key-uses.middleware';
import { ApiKeyUsesRecorder } from './api-key-uses.recorder';
import { ApiKeysController } from './api-keys.controller';
import { ApiKeysRepository } from './api-keys.repository';
import { ApiKeysService } from './api-keys.service';

/** API keys of employers' HR systems: the owner's page, admitting a key (for the access guard) and auditing its uses. */
@Module({
  imports: [CompaniesModule],
  controllers: [ApiKeysController],
  providers: [ApiKeysRepository, ApiKeysService, ApiKeyAuthenticator, ApiKeyUsesRecorder, ApiKeyUsesMiddleware],
  exports: [ApiKeyAuthenticator, ApiKeyUsesRecorder],
})
export class ApiKeysModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(ApiKeyUsesMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}
