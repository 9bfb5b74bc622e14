import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role } from '@jumush/domain';
import { Authenticated } from '../auth/access.decorators';
import { AuditChainService, type AuditChainReport } from './audit-chain.service';

@ApiTags('admin')
@Controller('admin/audit')
export class AuditController {
  constructor(private readonly chain: AuditChainService) {}

  @Authenticated(Role.Admin)
  @Get('verify')
  @ApiOperation({
    summary: 'Verify the audit log’s hash chain; names the first broken link',
  })
  verify(): Promise<AuditChainReport> {
    return this.chain.verify();
  }
}
