import { Global, Module } from '@nestjs/common';
import { AuditChainService } from './audit-chain.service';
import { AuditController, PublishedAuditHeadsController } from './audit.controller';
import { AuditEventsRepository } from './audit-events.repository';
import { AuditService } from './audit.service';

@Global()
@Module({
  controllers: [AuditController, PublishedAuditHeadsController],
  providers: [AuditEventsRepository, AuditService, AuditChainService],
  exports: [AuditService, AuditChainService, AuditEventsRepository],
})
export class AuditModule {}
