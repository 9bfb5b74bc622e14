import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CreateWebhookEndpointDto,
  UpdateWebhookEndpointDto,
  type CreatedWebhookEndpointView,
  type WebhookDeliveriesView,
  type WebhookEndpointView,
  type WebhookEndpointsView,
} from '@jumush/contracts';
import { Role, type Actor } from '@jumush/domain';
import { Authenticated, CurrentActor } from '../auth/access.decorators';
import { WebhooksService } from './webhooks.service';

/** Webhooks of the employer's own company: endpoints, test events, the delivery log and replays (owners only). */
@ApiTags('webhooks')
@Controller('companies/mine/webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Authenticated(Role.Employer)
  @Get()
  @ApiOperation({ summary: "My company's webhook endpoints (owners; a recruiter learns only that owners manage them)" })
  list(@CurrentActor() actor: Actor): Promise<WebhookEndpointsView> {
    return this.webhooks.list(actor);
  }

  @Authenticated(Role.Employer)
  @Post()
  @ApiOperation({ summary: 'Add an HTTPS endpoint for chosen events; the answer carries its signing secret, shown this once' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateWebhookEndpointDto): Promise<CreatedWebhookEndpointView> {
    return this.webhooks.create(actor, dto);
  }

  @Authenticated(Role.Employer)
  @Patch(':id')
  @ApiOperation({ summary: "Change an endpoint's events, or switch it off or on again" })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: UpdateWebhookEndpointDto,
  ): Promise<WebhookEndpointView> {
    return this.webhooks.update(actor, id, dto);
  }

  @Authenticated(Role.Employer)
  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an endpoint and its delivery log' })
  remove(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.webhooks.remove(actor, id);
  }

  @Authenticated(Role.Employer)
  @Post(':id/test')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a test event to this endpoint' })
  test(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.webhooks.sendTest(actor, id);
  }

  @Authenticated(Role.Employer)
  @Get(':id/deliveries')
  @ApiOperation({ summary: "The endpoint's latest deliveries: status, response code, duration, attempts" })
  deliveries(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<WebhookDeliveriesView> {
    return this.webhooks.deliveries(actor, id);
  }

  @Authenticated(Role.Employer)
  @Post(':id/deliveries/:deliveryId/replay')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a delivery again (same event id and body), after those already waiting' })
  replay(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Param('deliveryId') deliveryId: string): Promise<void> {
    return this.webhooks.replay(actor, id, deliveryId);
  }
}
