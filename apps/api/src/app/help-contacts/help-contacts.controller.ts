import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HelpContactDto, MyHelpQuery, type HelpContactView, type MyHelpView } from '@jumush/contracts';
import { Role, type Actor } from '@jumush/domain';
import { Authenticated, CurrentActor } from '../auth/access.decorators';
import { HelpContactsService } from './help-contacts.service';

/** Help nearby: the migrant's list for their job's region, and the directory the attaché and the admin keep. */
@ApiTags('help')
@Controller()
export class HelpContactsController {
  constructor(private readonly help: HelpContactsService) {}

  @Authenticated(Role.Migrant)
  @Get('help/mine')
  @ApiOperation({ summary: 'Help for the region of the job I left for, in my language first (none before departure)' })
  mine(@CurrentActor() actor: Actor, @Query() query: MyHelpQuery): Promise<MyHelpView> {
    return this.help.mine(actor, query.lang);
  }

  @Authenticated(Role.Attache, Role.Admin)
  @Get('help-contacts')
  @ApiOperation({ summary: "The help directory: my country's entries and those for every country (an admin: all)" })
  list(@CurrentActor() actor: Actor): Promise<HelpContactView[]> {
    return this.help.list(actor);
  }

  @Authenticated(Role.Attache, Role.Admin)
  @Post('help-contacts')
  @ApiOperation({ summary: 'Add a hotline, NGO or consular representative (an attaché: for their country)' })
  create(@CurrentActor() actor: Actor, @Body() dto: HelpContactDto): Promise<HelpContactView> {
    return this.help.create(actor, dto);
  }

  @Authenticated(Role.Attache, Role.Admin)
  @Put('help-contacts/:id')
  @ApiOperation({ summary: 'Change an entry (an attaché: only those serving their country alone)' })
  update(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: HelpContactDto): Promise<HelpContactView> {
    return this.help.update(actor, id, dto);
  }

  @Authenticated(Role.Attache, Role.Admin)
  @Delete('help-contacts/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an entry (an attaché: only those serving their country alone)' })
  remove(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.help.remove(actor, id);
  }
}
