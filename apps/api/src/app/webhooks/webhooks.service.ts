/**
 * Webhook settings of a company: its owners add endpoints (the signing secret shown once, kept sealed), choose their
 * events, switch them off and on, send a test event, read the delivery log and replay a delivery. A test event and a
 * replay are outbox rows like every other event, so the worker sends them in the endpoint's order. Every change is
 * audited in its transaction.
 */
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  OutboxTopic,
  type CreateWebhookEndpointDto,
  type CreatedWebhookEndpointView,
  type UpdateWebhookEndpointDto,
  type WebhookDeliveriesView,
  type WebhookDeliveryView,
  type WebhookEndpointView,
  type WebhookEndpointsView,
} from '@jumush/contracts';
import { WEBHOOK_ENDPOINTS_PER_COMPANY, type Actor } from '@jumush/domain';
import { ApiConfig } from '@jumush/server/config';
import { FieldCipher, newWebhookSecret } from '@jumush/server/crypto';
import { OutboxMessageEntity, type CompanyEntity } from '@jumush/server/database';
import { AuditService } from '../audit/audit.service';
import { CompanyMembershipService } from '../companies/company-membership.service';
import { ProblemException } from '../http/problem';
import { endpointUrlRefusal } from './webhook-url';
import { WebhooksRepository, type WebhookDeliveryRow, type WebhookEndpointRow } from './webhooks.repository';

/** The context an endpoint's secret is sealed under; the worker opens it with the same (apps/worker webhooks). */
export const webhookSecretContext = (endpointId: string) => `webhook_endpoints.secret:${endpointId}`;

const DELIVERIES_SHOWN = 100;

const OWNER_ONLY = () => new ProblemException(403, { code: 'company.ownerOnly', detail: 'Only an owner of the company manages its webhooks.' });
const NOT_FOUND = () => new ProblemException(404, { code: 'http.notFound', detail: 'No such webhook endpoint or delivery.' });

const URL_DETAILS: Record<string, string> = {
  urlInvalid: 'Not a valid address.',
  urlNotHttps: 'Webhooks are sent over HTTPS only.',
  urlPrivate: 'The address points to a private or local network.',
  urlUnresolvable: 'The address’s host name does not resolve.',
};

@Injectable()
export class WebhooksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: WebhooksRepository,
    private readonly membership: CompanyMembershipService,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
    private readonly config: ApiConfig,
  ) {}

  /** Owners see the endpoints; a recruiter only learns that an owner manages them. */
  async list(actor: Actor): Promise<WebhookEndpointsView> {
    const company = await this.membership.requireCompanyOf(actor);
    if (!(await this.membership.isOwner(actor, company.id))) return { endpoints: [], canManage: false };
    const rows = await this.repository.endpointsOf(this.dataSource.manager, company.id);
    return { endpoints: rows.map(toEndpointView), canManage: true };
  }

  async create(actor: Actor, dto: CreateWebhookEndpointDto): Promise<CreatedWebhookEndpointView> {
    const company = await this.ownCompany(actor);
    const refusal = await endpointUrlRefusal(dto.url, this.config.WEBHOOKS_ALLOW_LOCAL_HTTP);
    if (refusal) {
      throw new ProblemException(400, {
        code: 'validation.failed',
        detail: URL_DETAILS[refusal],
        errors: [{ field: 'url', code: `webhook.${refusal}`, message: URL_DETAILS[refusal] }],
      });
    }
    const secret = newWebhookSecret();
    const id = randomUUID();
    const row = await this.dataSource.transaction(async (manager) => {
      // One owner's additions at a time per company, so the limit holds.
      await manager.query(`SELECT id FROM companies WHERE id = $1 FOR UPDATE`, [company.id]);
      if ((await this.repository.countOf(manager, company.id)) >= WEBHOOK_ENDPOINTS_PER_COMPANY)
        throw new ProblemException(409, {
          code: 'webhook.tooMany',
          params: { max: WEBHOOK_ENDPOINTS_PER_COMPANY },
          detail: `A company has at most ${WEBHOOK_ENDPOINTS_PER_COMPANY} webhook endpoints.`,
        });
      const created = await this.repository.insert(manager, {
        id,
        companyId: company.id,
        url: dto.url,
        description: dto.description || null,
        events: dto.events,
        secretSealed: this.cipher.encrypt(secret, webhookSecretContext(id)),
        createdBy: actor.id,
      });
      await this.audit.record(manager, actor, {
        action: 'webhook.created',
        subjectType: 'webhook_endpoint',
        subjectId: id,
        data: { companyId: company.id, url: dto.url, events: dto.events },
      });
      return created;
    });
    return { ...toEndpointView(row), secret };
  }

  async update(actor: Actor, id: string, dto: UpdateWebhookEndpointDto): Promise<WebhookEndpointView> {
    const company = await this.ownCompany(actor);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.endpointOf(manager, company, id, true);
      const row = await this.repository.update(manager, id, dto);
      if (dto.status === 'DISABLED' && before.status !== 'DISABLED') await this.repository.skipPending(manager, id);
      await this.audit.record(manager, actor, {
        action: dto.status && dto.status !== before.status ? (dto.status === 'ACTIVE' ? 'webhook.enabled' : 'webhook.disabled') : 'webhook.updated',
        subjectType: 'webhook_endpoint',
        subjectId: id,
        data: { companyId: company.id, from: { events: before.events, status: before.status }, to: { events: row.events, status: row.status } },
      });
      return toEndpointView(row);
    });
  }

  async remove(actor: Actor, id: string): Promise<void> {
    const company = await this.ownCompany(actor);
    await this.dataSource.transaction(async (manager) => {
      const endpoint = await this.endpointOf(manager, company, id, true);
      await this.repository.remove(manager, id);
      await this.audit.record(manager, actor, {
        action: 'webhook.deleted',
        subjectType: 'webhook_endpoint',
        subjectId: id,
        data: { companyId: company.id, url: endpoint.url },
      });
    });
  }

  /** A `webhook.test` event for this endpoint only, in its line like any other event. */
  async sendTest(actor: Actor, id: string): Promise<void> {
    const company = await this.ownCompany(actor);
    await this.dataSource.transaction(async (manager) => {
      const endpoint = await this.endpointOf(manager, company, id);
      if (endpoint.status !== 'ACTIVE') throw disabledProblem();
      await this.writeOutbox(manager, OutboxTopic.WebhookTest, 'webhook_endpoint', id, { endpointId: id });
      await this.audit.record(manager, actor, {
        action: 'webhook.tested',
        subjectType: 'webhook_endpoint',
        subjectId: id,
        data: { companyId: company.id },
      });
    });
  }

  async deliveries(actor: Actor, id: string): Promise<WebhookDeliveriesView> {
    const company = await this.ownCompany(actor);
    const endpoint = await this.endpointOf(this.dataSource.manager, company, id);
    const rows = await this.repository.deliveries(this.dataSource.manager, endpoint.id, DELIVERIES_SHOWN);
    return { deliveries: rows.map(toDeliveryView) };
  }

  /** Sends a delivery again (the same event id and body) at the end of the endpoint's line. */
  async replay(actor: Actor, id: string, deliveryId: string): Promise<void> {
    const company = await this.ownCompany(actor);
    await this.dataSource.transaction(async (manager) => {
      const endpoint = await this.endpointOf(manager, company, id);
      if (endpoint.status !== 'ACTIVE') throw disabledProblem();
      const delivery = await this.repository.delivery(manager, id, deliveryId);
      if (!delivery) throw NOT_FOUND();
      await this.writeOutbox(manager, OutboxTopic.WebhookReplay, 'webhook_delivery', delivery.id, { deliveryId: delivery.id, endpointId: id });
      await this.audit.record(manager, actor, {
        action: 'webhook.replayed',
        subjectType: 'webhook_endpoint',
        subjectId: id,
        data: { companyId: company.id, deliveryId: delivery.id, eventId: delivery.event_id },
      });
    });
  }

  /** A row nobody is told of (no recipients): the worker's webhook fan-out reads it. */
  private async writeOutbox(
    manager: EntityManager,
    topic: OutboxTopic,
    aggregateType: string,
    aggregateId: string,
    payload: Record<string, unknown>,
  ) {
    await manager.save(manager.create(OutboxMessageEntity, { topic, aggregateType, aggregateId, recipientIds: [], payload }));
  }

  private async ownCompany(actor: Actor): Promise<CompanyEntity> {
    const company = await this.membership.requireCompanyOf(actor);
    if (!(await this.membership.isOwner(actor, company.id))) throw OWNER_ONLY();
    return company;
  }

  private async endpointOf(manager: EntityManager, company: CompanyEntity, id: string, lock = false): Promise<WebhookEndpointRow> {
    const endpoint = await this.repository.endpoint(manager, company.id, id, lock);
    if (!endpoint) throw NOT_FOUND();
    return endpoint;
  }
}

function disabledProblem(): ProblemException {
  return new ProblemException(409, { code: 'webhook.disabled', detail: 'The endpoint is switched off: switch it on first.' });
}

function toEndpointView(row: WebhookEndpointRow): WebhookEndpointView {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: row.events,
    status: row.status,
    consecutiveFailures: row.consecutive_failures,
    disabledAt: row.disabled_at?.toISOString() ?? null,
    disabledReason: row.disabled_reason,
    createdAt: row.created_at.toISOString(),
  };
}

function toDeliveryView(row: WebhookDeliveryRow): WebhookDeliveryView {
  return {
    id: row.id,
    endpointId: row.endpoint_id,
    eventId: row.event_id,
    eventType: row.event_type,
    status: row.status,
    attempts: row.attempts,
    responseStatus: row.last_status_code,
    durationMs: row.last_duration_ms,
    error: row.last_error,
    replayOf: row.replay_of,
    createdAt: row.created_at.toISOString(),
    lastAttemptAt: row.last_attempt_at?.toISOString() ?? null,
  };
}
