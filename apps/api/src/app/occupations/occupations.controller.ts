import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CreateOccupationDto, UpdateOccupationDto, type AdminOccupationView } from '@jumush/contracts';
import { Role, type Actor } from '@jumush/domain';
import { Authenticated, CurrentActor } from '../auth/access.decorators';
import { OccupationsAdminService } from './occupations-admin.service';

@ApiTags('admin')
@Controller('admin/occupations')
export class AdminOccupationsController {
  constructor(private readonly occupations: OccupationsAdminService) {}

  @Authenticated(Role.Admin)
  @Get()
  @ApiOperation({ summary: 'Every occupation, active or not, with how many vacancies and profiles name it' })
  list(): Promise<AdminOccupationView[]> {
    return this.occupations.list();
  }

  @Authenticated(Role.Admin)
  @Post()
  @ApiOperation({ summary: 'Add an occupation: ISCO-08 code, sector, names and synonyms in five languages (audited)' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateOccupationDto): Promise<AdminOccupationView> {
    return this.occupations.create(actor, dto);
  }

  @Authenticated(Role.Admin)
  @Patch(':code')
  @ApiOperation({ summary: 'Rename an occupation (names, synonyms) or move it to another sector; the code never changes (audited)' })
  update(@CurrentActor() actor: Actor, @Param('code') code: string, @Body() dto: UpdateOccupationDto): Promise<AdminOccupationView> {
    return this.occupations.update(actor, code, dto);
  }

  @Authenticated(Role.Admin)
  @Post(':code/deactivate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Stop offering an occupation; vacancies and profiles naming it keep it (audited). Occupations are never deleted' })
  deactivate(@CurrentActor() actor: Actor, @Param('code') code: string): Promise<AdminOccupationView> {
    return this.occupations.setActive(actor, code, false);
  }

  @Authenticated(Role.Admin)
  @Post(':code/activate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Offer a deactivated occupation again (audited)' })
  activate(@CurrentActor() actor: Actor, @Param('code') code: string): Promise<AdminOccupationView> {
    return this.occupations.setActive(actor, code, true);
  }
}
