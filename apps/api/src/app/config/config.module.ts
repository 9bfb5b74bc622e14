import { Global, Module, type DynamicModule } from '@nestjs/common';
import { ApiConfig, Clock } from '@jumush/server/config';

/** Makes the configuration, validated once at boot, injectable as `ApiConfig` everywhere, and the one `Clock`. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: ApiConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: ApiConfig, useValue: config }, Clock],
      exports: [ApiConfig, Clock],
    };
  }
}
