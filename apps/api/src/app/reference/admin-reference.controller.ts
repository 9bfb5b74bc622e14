import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { MinimumWageDto, type MinimumWageView } from '@jumush/contracts';
import { Role, type Actor } from '@jumush/domain';
import { Authenticated, CurrentActor } from '../auth/access.decorators';
import { MinimumWagesService } from './minimum-wages.service';

@ApiTags('admin')
@Controller('admin/reference/minimum-wages')
export class AdminReferenceController {
  constructor(private readonly wages: MinimumWagesService) {}

  @Authenticated(Role.Admin)
  @Get()
  @ApiOperation({ summary: 'The federal МРОТ and regional minimum wages, each with its legal act and date' })
  list(): Promise<MinimumWageView[]> {
    return this.wages.list();
  }

  @Authenticated(Role.Admin)
  @Post()
  @ApiOperation({ summary: 'Add a minimum wage from a date (audited); the wage floor of vacancies follows' })
  create(@CurrentActor() actor: Actor, @Body() dto: MinimumWageDto): Promise<MinimumWageView> {
    return this.wages.create(actor, dto);
  }

  @Authenticated(Role.Admin)
  @Put(':id')
  @ApiOperation({ summary: 'Correct a minimum wage (audited with the old and new values)' })
  update(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: MinimumWageDto): Promise<MinimumWageView> {
    return this.wages.update(actor, id, dto);
  }
}
