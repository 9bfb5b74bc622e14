import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { PageQueryDto, type AuditChainReportView, type Page, type PublishedAuditHeadView } from '@jumush/contracts';
import { Role } from '@jumush/domain';
import { Authenticated, Public } from '../auth/access.decorators';
import { AuditChainService } from './audit-chain.service';

@ApiTags('admin')
@Controller('admin/audit')
export class AuditController {
  constructor(private readonly chain: AuditChainService) {}

  @Authenticated(Role.Admin)
  @Get('verify')
  @ApiOperation({
    summary: 'Verify the audit log’s hash chain; names the first broken link and the head hash',
  })
  verify(): Promise<AuditChainReportView> {
    return this.chain.verifyWithHead();
  }
}

@ApiTags('public')
@Controller('public/audit-heads')
export class PublishedAuditHeadsController {
  constructor(private readonly chain: AuditChainService) {}

  @Public()
  @Get()
  // A new head is published once a day.
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({
    summary: 'The audit chain’s head published each day (date, hash, event count), newest first: keep them to detect a rewritten history',
  })
  list(@Query() query: PageQueryDto): Promise<Page<PublishedAuditHeadView>> {
    return this.chain.publishedHeads(query.page, query.pageSize);
  }
}
