import { Global, Module } from '@nestjs/common';
import { ApiConfig } from '@jumush/server/config';
import { FileStorage } from './file-storage';
import { LocalDiskStorage } from './local-disk.storage';

@Global()
@Module({
  providers: [
    {
      provide: FileStorage,
      inject: [ApiConfig],
      useFactory: (config: ApiConfig) => new LocalDiskStorage(config.FILE_STORAGE_DIR),
    },
  ],
  exports: [FileStorage],
})
export class StorageModule {}
