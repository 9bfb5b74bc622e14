import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AdminAccountsQueryDto,
  CreateAttacheDto,
  SupervisedCountriesDto,
  UpdateLocaleDto,
  type AccountView,
  type AdminAccountView,
  type Page,
  type RevokedSessionsView,
} from '@jumush/contracts';
import { Role, type Actor } from '@jumush/domain';
import { Authenticated, CurrentActor } from '../auth/access.decorators';
import { toAccountView, toAdminAccountView } from './account-view';
import { AccountsService } from './accounts.service';
import { DuringTwoFactorEnrolment } from '../auth/two-factor/during-enrolment.decorator';

@ApiTags('accounts')
@Controller('accounts')
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Authenticated()
  @DuringTwoFactorEnrolment()
  @Patch('me/locale')
  @ApiOperation({ summary: 'Remember the language the account reads' })
  async updateLocale(@CurrentActor() actor: Actor, @Body() dto: UpdateLocaleDto): Promise<AccountView> {
    return toAccountView(await this.accounts.updateLocale(actor, dto.locale));
  }

  @Authenticated()
  @Get(':id')
  @ApiOperation({ summary: 'One account: its owner or an admin only' })
  async get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<AccountView> {
    return toAccountView(await this.accounts.getVisibleTo(actor, id));
  }
}

@ApiTags('admin')
@Controller('admin/accounts')
export class AdminAccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Authenticated(Role.Admin)
  @Get()
  @ApiOperation({ summary: 'Accounts, newest first; ?q= part of an e-mail, a phone number or a name, ?role=, ?country=' })
  async list(@Query() query: AdminAccountsQueryDto): Promise<Page<AdminAccountView>> {
    const page = await this.accounts.search(query);
    return { ...page, items: page.items.map(toAdminAccountView) };
  }

  @Authenticated(Role.Admin)
  @Post(':id/sessions/revoke')
  @HttpCode(200)
  @ApiOperation({ summary: 'End every sign-in of an account: it must sign in again everywhere (audited)' })
  async revokeSessions(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<RevokedSessionsView> {
    return { revoked: await this.accounts.revokeSessions(actor, id) };
  }

  // Two-factor reset, POST admin/accounts/:id/two-factor/reset, lives beside the two-factor service (AccountTwoFactorController).

  @Authenticated(Role.Admin)
  @Post(':id/disable')
  @HttpCode(204)
  @ApiOperation({ summary: 'Disable an account: no more sign-ins, its sessions and tokens end at once (audited)' })
  async disable(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    await this.accounts.disable(actor, id);
  }

  @Authenticated(Role.Admin)
  @Post(':id/enable')
  @HttpCode(204)
  @ApiOperation({ summary: 'Enable a disabled account again: it may sign in anew (audited)' })
  async enable(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    await this.accounts.enable(actor, id);
  }

  @Authenticated(Role.Admin)
  @Put(':id/supervised-countries')
  @ApiOperation({ summary: 'Make an admin account supervisor of origin countries: their overdue items escalate to it (audited)' })
  async setSupervisedCountries(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: SupervisedCountriesDto,
  ): Promise<AdminAccountView> {
    return toAdminAccountView(await this.accounts.setSupervisedCountries(actor, id, dto.countries));
  }

  @Authenticated(Role.Admin)
  @Post('attaches')
  @ApiOperation({
    summary: 'Create a labour attaché staff account for one origin country; without a password its owner gets a set-up link by e-mail',
  })
  async createAttache(@CurrentActor() actor: Actor, @Body() dto: CreateAttacheDto): Promise<AdminAccountView> {
    return toAdminAccountView(await this.accounts.createAttache(actor, dto));
  }
}
