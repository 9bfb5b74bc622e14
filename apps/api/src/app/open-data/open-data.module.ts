import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueName } from '@jumush/server/queues';
import { OpenDataSnapshotProcessor, OpenDataSnapshotSchedule } from './open-data-snapshot.processor';
import { OpenDataSnapshotsController } from './open-data-snapshots.controller';
import { OpenDataSnapshotsRepository } from './open-data-snapshots.repository';
import { OpenDataSnapshotsService } from './open-data-snapshots.service';
import { OpenDataController } from './open-data.controller';
import { OpenDataRepository } from './open-data.repository';
import { OpenDataService } from './open-data.service';

/** Open data and the public transparency page's figures: aggregates only, no personal data; and their daily snapshots. */
@Module({
  imports: [BullModule.registerQueue({ name: QueueName.OpenData })],
  controllers: [OpenDataController, OpenDataSnapshotsController],
  providers: [
    OpenDataRepository,
    OpenDataService,
    OpenDataSnapshotsRepository,
    OpenDataSnapshotsService,
    OpenDataSnapshotProcessor,
    OpenDataSnapshotSchedule,
  ],
})
export class OpenDataModule {}
