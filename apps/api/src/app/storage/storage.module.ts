import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { ApiConfig } from '@jumush/server/config';
import { QueueName } from '@jumush/server/queues';
import { DocumentFiles } from './document-files.service';
import { FileStorage } from './file-storage';
import { LocalDiskStorage } from './local-disk.storage';
import { OrphanFilesProcessor, OrphanFilesSchedule } from './orphan-files.processor';
import { OrphanFilesRepository } from './orphan-files.repository';
import { OrphanFilesService } from './orphan-files.service';
import { S3Storage } from './s3.storage';

/** The driver FILE_STORAGE names; the S3 one creates its bucket at boot if it is missing (a fresh MinIO). */
export async function fileStorageFor(config: ApiConfig): Promise<FileStorage> {
  switch (config.FILE_STORAGE) {
    case 'local':
      return new LocalDiskStorage(config.FILE_STORAGE_DIR);
    case 's3': {
      // The config validated these whenever FILE_STORAGE=s3.
      const storage = new S3Storage({
        endpoint: config.S3_ENDPOINT,
        bucket: config.S3_BUCKET as string,
        region: config.S3_REGION,
        accessKeyId: config.S3_ACCESS_KEY_ID as string,
        secretAccessKey: config.S3_SECRET_ACCESS_KEY as string,
        forcePathStyle: config.S3_FORCE_PATH_STYLE,
      });
      await storage.ensureBucket();
      return storage;
    }
  }
}

/** Stored files: the driver, uploads around their transactions, and the scheduled sweep of orphans. */
@Global()
@Module({
  imports: [BullModule.registerQueue({ name: QueueName.Files })],
  providers: [
    { provide: FileStorage, inject: [ApiConfig], useFactory: fileStorageFor },
    DocumentFiles,
    OrphanFilesRepository,
    OrphanFilesService,
    OrphanFilesProcessor,
    OrphanFilesSchedule,
  ],
  exports: [FileStorage, DocumentFiles],
})
export class StorageModule {}
