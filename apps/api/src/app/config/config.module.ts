import { Global, Module, type DynamicModule } from '@nestjs/common';
import { ApiConfig } from '@jumush/server/config';

/** Makes the configuration, validated once at boot, injectable as `ApiConfig` everywhere. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: ApiConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: ApiConfig, useValue: config }],
      exports: [ApiConfig],
    };
  }
}
