import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CreateAttacheDto, PageQueryDto, UpdateLocaleDto, type AccountView, type Page } from '@jumush/contracts';
import { Role, type Actor } from '@jumush/domain';
import { Authenticated, CurrentActor } from '../auth/access.decorators';
import { toAccountView } from './account-view';
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
  @ApiOperation({ summary: 'All accounts, newest first' })
  async list(@Query() query: PageQueryDto): Promise<Page<AccountView>> {
    const page = await this.accounts.list(query.page, query.pageSize);
    return { ...page, items: page.items.map(toAccountView) };
  }

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
  @Post('attaches')
  @ApiOperation({
    summary: 'Create a labour attaché staff account for one origin country',
  })
  async createAttache(@CurrentActor() actor: Actor, @Body() dto: CreateAttacheDto): Promise<AccountView> {
    return toAccountView(await this.accounts.createAttache(actor, dto));
  }
}
