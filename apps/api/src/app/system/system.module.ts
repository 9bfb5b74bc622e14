import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueName } from '@jumush/server/queues';
import { SystemController } from './system.controller';
import { SystemService } from './system.service';

@Module({
  imports: [BullModule.registerQueue({ name: QueueName.System })],
  controllers: [SystemController],
  providers: [SystemService],
})
export class SystemModule {}
