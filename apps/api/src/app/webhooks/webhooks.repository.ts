/** SQL of the webhook settings: a company's endpoints and their delivery log. Deliveries themselves are written by the worker. */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { WebhookEventType } from '@jumush/domain';
import { queryRows } from '@jumush/server/database';

export interface WebhookEndpointRow {
  id: string;
  company_id: string;
  url: string;
  description: string | null;
  events: WebhookEventType[];
  status: 'ACTIVE' | 'DISABLED';
  consecutive_failures: number;
  disabled_at: Date | null;
  disabled_reason: string | null;
  created_at: Date;
}

export interface WebhookDeliveryRow {
  id: string;
  endpoint_id: string;
  event_id: string;
  event_type: string;
  status: 'PENDING' | 'DELIVERED' | 'FAILED' | 'SKIPPED';
  attempts: number;
  last_status_code: number | null;
  last_duration_ms: number | null;
  last_error: string | null;
  replay_of: string | null;
  created_at: Date;
  last_attempt_at: Date | null;
}

export interface NewWebhookEndpoint {
  id: string;
  companyId: string;
  url: string;
  description: string | null;
  events: readonly WebhookEventType[];
  secretSealed: string;
  createdBy: string;
}

const ENDPOINT_COLUMNS = `id, company_id, url, description, events, status, consecutive_failures, disabled_at, disabled_reason, created_at`;
const DELIVERY_COLUMNS = `id::text AS id, endpoint_id, event_id, event_type, status, attempts, last_status_code, last_duration_ms, last_error,
  replay_of::text AS replay_of, created_at, last_attempt_at`;

@Injectable()
export class WebhooksRepository {
  endpointsOf(manager: EntityManager, companyId: string): Promise<WebhookEndpointRow[]> {
    return queryRows<WebhookEndpointRow>(manager, `SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoints WHERE company_id = $1 ORDER BY created_at, id`, [
      companyId,
    ]);
  }

  /** The company's endpoint (locked for a change when `lock`), or undefined when it is not the company's. */
  async endpoint(manager: EntityManager, companyId: string, id: string, lock = false): Promise<WebhookEndpointRow | undefined> {
    const [row] = await queryRows<WebhookEndpointRow>(
      manager,
      `SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoints WHERE id = $1 AND company_id = $2${lock ? ' FOR UPDATE' : ''}`,
      [id, companyId],
    );
    return row;
  }

  async countOf(manager: EntityManager, companyId: string): Promise<number> {
    const [row] = await queryRows<{ count: number }>(manager, `SELECT count(*)::int AS count FROM webhook_endpoints WHERE company_id = $1`, [
      companyId,
    ]);
    return row?.count ?? 0;
  }

  async insert(manager: EntityManager, endpoint: NewWebhookEndpoint): Promise<WebhookEndpointRow> {
    const [row] = await queryRows<WebhookEndpointRow>(
      manager,
      `INSERT INTO webhook_endpoints (id, company_id, url, description, events, secret_sealed, created_by)
       VALUES ($1, $2, $3, $4, $5::text[], $6, $7) RETURNING ${ENDPOINT_COLUMNS}`,
      [endpoint.id, endpoint.companyId, endpoint.url, endpoint.description, endpoint.events, endpoint.secretSealed, endpoint.createdBy],
    );
    return row;
  }

  /** New events and/or state; switching on clears the failure record, switching off records the owner as the reason. */
  async update(
    manager: EntityManager,
    id: string,
    change: { events?: readonly WebhookEventType[]; status?: 'ACTIVE' | 'DISABLED' },
  ): Promise<WebhookEndpointRow> {
    const [row] = await queryRows<WebhookEndpointRow>(
      manager,
      `UPDATE webhook_endpoints SET
          events = coalesce($2::text[], events),
          status = coalesce($3, status),
          consecutive_failures = CASE WHEN $3 = 'ACTIVE' AND status <> 'ACTIVE' THEN 0 ELSE consecutive_failures END,
          failing_since = CASE WHEN $3 = 'ACTIVE' AND status <> 'ACTIVE' THEN NULL ELSE failing_since END,
          disabled_at = CASE WHEN $3 = 'ACTIVE' THEN NULL WHEN $3 = 'DISABLED' AND status <> 'DISABLED' THEN now() ELSE disabled_at END,
          disabled_reason = CASE WHEN $3 = 'ACTIVE' THEN NULL WHEN $3 = 'DISABLED' AND status <> 'DISABLED' THEN 'owner' ELSE disabled_reason END,
          updated_at = now()
        WHERE id = $1 RETURNING ${ENDPOINT_COLUMNS}`,
      [id, change.events ?? null, change.status ?? null],
    );
    return row;
  }

  /** Switching off leaves nothing waiting: the endpoint's pending deliveries are skipped (each can be replayed). */
  async skipPending(manager: EntityManager, endpointId: string): Promise<void> {
    await manager.query(
      `UPDATE webhook_deliveries SET status = 'SKIPPED', next_attempt_at = NULL, finished_at = now() WHERE endpoint_id = $1 AND status = 'PENDING'`,
      [endpointId],
    );
  }

  async remove(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`DELETE FROM webhook_endpoints WHERE id = $1`, [id]);
  }

  /** The endpoint's latest deliveries, newest first. */
  deliveries(manager: EntityManager, endpointId: string, limit: number): Promise<WebhookDeliveryRow[]> {
    return queryRows<WebhookDeliveryRow>(
      manager,
      `SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries WHERE endpoint_id = $1 ORDER BY id DESC LIMIT $2`,
      [endpointId, limit],
    );
  }

  async delivery(manager: EntityManager, endpointId: string, id: string): Promise<WebhookDeliveryRow | undefined> {
    if (!/^\d{1,18}$/.test(id)) return undefined;
    const [row] = await queryRows<WebhookDeliveryRow>(
      manager,
      `SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries WHERE id = $1::bigint AND endpoint_id = $2`,
      [id, endpointId],
    );
    return row;
  }
}
