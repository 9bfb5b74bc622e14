import { Body, Controller, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { SmokeJobDto, type SmokeJobResult } from '@jumush/contracts';
import { Role } from '@jumush/domain';
import { Authenticated } from '../auth/access.decorators';
import { SystemService } from './system.service';

@ApiTags('system')
@Controller('system')
export class SystemController {
  constructor(private readonly system: SystemService) {}

  @Authenticated(Role.Admin)
  @Post('smoke')
  @ApiOperation({
    summary: 'Send a job through the queue to a worker and wait for its answer',
  })
  smoke(@Body() dto: SmokeJobDto): Promise<SmokeJobResult> {
    return this.system.runSmokeJob(dto.echo ?? 'ping');
  }
}
