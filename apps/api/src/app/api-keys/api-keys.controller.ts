import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CreateApiKeyDto, type ApiKeysView, type ApiKeyView, type CreatedApiKeyView } from '@jumush/contracts';
import { Role, type Actor } from '@jumush/domain';
import { Authenticated, CurrentActor } from '../auth/access.decorators';
import { ApiKeysService } from './api-keys.service';

@ApiTags('api-keys')
@Controller('api-keys')
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Authenticated(Role.Employer)
  @Get()
  @ApiOperation({ summary: "The company's API keys for HR systems (never their secrets)" })
  list(@CurrentActor() actor: Actor): Promise<ApiKeysView> {
    return this.apiKeys.list(actor);
  }

  @Authenticated(Role.Employer)
  @Post()
  @ApiOperation({ summary: 'Create an API key (owner only); its secret is in this answer and nowhere else' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateApiKeyDto): Promise<CreatedApiKeyView> {
    return this.apiKeys.create(actor, dto);
  }

  @Authenticated(Role.Employer)
  @Post(':id/revoke')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke an API key (owner only): it answers 401 from now on' })
  revoke(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<ApiKeyView> {
    return this.apiKeys.revoke(actor, id);
  }
}
