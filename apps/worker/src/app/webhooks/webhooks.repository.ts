/** SQL of webhook deliveries in the worker: the fan-out from outbox rows, each endpoint's line, attempts and switching off. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { OutboxTopic } from '@jumush/contracts';
import { WEBHOOK_EVENT_OF_TOPIC, WEBHOOK_TEST_EVENT } from '@jumush/domain';
import { queryRows } from '@jumush/server/database';

/** An outbox row and an endpoint that is to hear of it. */
export interface WebhookCandidateRow {
  outbox_id: string;
  topic: string;
  payload: Record<string, unknown>;
  aggregate_id: string;
  created_at: Date;
  endpoint_id: string;
  company_id: string;
}

export interface NewWebhookDelivery {
  endpointId: string;
  outboxId: string;
  eventId: string;
  eventType: string;
  body: string;
}

/** A delivery with what sending it needs. */
export interface WebhookDeliveryRow {
  id: string;
  endpoint_id: string;
  event_id: string;
  event_type: string;
  body: string;
  status: string;
  attempts: number;
  url: string;
  secret_sealed: string;
  endpoint_status: string;
  company_id: string;
}

export interface AttemptResult {
  statusCode: number | null;
  durationMs: number;
  error: string | null;
}

export interface FailureRecord {
  consecutive_failures: number;
  failing_since: Date | null;
  url: string;
  company_id: string;
}

const APPLICATION_TOPICS = Object.keys(WEBHOOK_EVENT_OF_TOPIC).filter((topic) => topic.startsWith('application.'));
const HANDLED_TOPICS = [...Object.keys(WEBHOOK_EVENT_OF_TOPIC), WEBHOOK_TEST_EVENT];

/**
 * Each outbox row of a webhook topic with the active endpoints that hear of it: the company's endpoints subscribed to
 * the row's event (the company found through the vacancy or the batch the row names), or for a test event the one
 * endpoint it names. A bundle is skipped: its messages are rows of their own once written out.
 */
const CANDIDATES_SQL = `SELECT o.id::text AS outbox_id, o.topic, o.payload, o.aggregate_id, o.created_at, e.id AS endpoint_id, e.company_id
    FROM outbox_messages o
    CROSS JOIN LATERAL (
      SELECT CASE
        WHEN o.topic = ANY($2::text[]) THEN (SELECT v.company_id FROM vacancies v WHERE v.id::text = o.payload ->> 'vacancyId')
        WHEN o.topic = '${OutboxTopic.BatchDecided}' THEN (SELECT b.company_id FROM batches b WHERE b.id::text = o.aggregate_id)
      END AS company_id
    ) c
    JOIN webhook_endpoints e ON e.status = 'ACTIVE' AND (
         (o.topic = '${OutboxTopic.WebhookTest}' AND e.id::text = o.aggregate_id)
      OR (e.company_id = c.company_id AND ($3::jsonb ->> o.topic) = ANY(e.events)))
   WHERE o.id = ANY($1::bigint[]) AND o.bundle_size IS NULL AND o.topic = ANY($4::text[])
   ORDER BY o.id, e.id`;

const INSERT_SQL = `INSERT INTO webhook_deliveries (endpoint_id, outbox_id, event_id, event_type, body)
  SELECT * FROM unnest($1::uuid[], $2::bigint[], $3::uuid[], $4::text[], $5::text[])
  ON CONFLICT (outbox_id, endpoint_id) DO NOTHING`;

/** A replay is a new delivery at the end of the endpoint's line: the same event id and body, sent again. */
const REPLAY_SQL = `INSERT INTO webhook_deliveries (endpoint_id, outbox_id, event_id, event_type, body, replay_of)
  SELECT d.endpoint_id, o.id, d.event_id, d.event_type, d.body, d.id
    FROM outbox_messages o
    JOIN webhook_deliveries d ON d.id::text = o.payload ->> 'deliveryId'
    JOIN webhook_endpoints e ON e.id = d.endpoint_id AND e.status = 'ACTIVE'
   WHERE o.id = ANY($1::bigint[]) AND o.topic = '${OutboxTopic.WebhookReplay}'
   ORDER BY o.id
  ON CONFLICT (outbox_id, endpoint_id) DO NOTHING`;

@Injectable()
export class WebhooksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  candidates(outboxIds: readonly string[]): Promise<WebhookCandidateRow[]> {
    return queryRows<WebhookCandidateRow>(this.dataSource.manager, CANDIDATES_SQL, [
      outboxIds,
      APPLICATION_TOPICS,
      JSON.stringify(WEBHOOK_EVENT_OF_TOPIC),
      HANDLED_TOPICS,
    ]);
  }

  /** Writes the deliveries (once per outbox row and endpoint) and the replays among these rows; returns every pending delivery of them, in order. */
  async record(outboxIds: readonly string[], deliveries: readonly NewWebhookDelivery[]): Promise<string[]> {
    return this.dataSource.transaction(async (manager) => {
      if (deliveries.length > 0)
        await manager.query(INSERT_SQL, [
          deliveries.map((d) => d.endpointId),
          deliveries.map((d) => d.outboxId),
          deliveries.map((d) => d.eventId),
          deliveries.map((d) => d.eventType),
          deliveries.map((d) => d.body),
        ]);
      await manager.query(REPLAY_SQL, [outboxIds]);
      const rows = await queryRows<{ id: string }>(
        manager,
        `SELECT id::text AS id FROM webhook_deliveries WHERE outbox_id = ANY($1::bigint[]) AND status = 'PENDING' ORDER BY id`,
        [outboxIds],
      );
      return rows.map((row) => row.id);
    });
  }

  async delivery(id: string): Promise<WebhookDeliveryRow | undefined> {
    const [row] = await queryRows<WebhookDeliveryRow>(
      this.dataSource.manager,
      `SELECT d.id::text AS id, d.endpoint_id, d.event_id, d.event_type, d.body, d.status, d.attempts,
              e.url, e.secret_sealed, e.status AS endpoint_status, e.company_id
         FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
        WHERE d.id = $1::bigint`,
      [id],
    );
    return row;
  }

  /** The head of an endpoint's line: its pending delivery of the oldest outbox row (the order the events were written in), and when its next attempt is due. */
  async head(endpointId: string): Promise<{ id: string; next_attempt_at: Date | null } | undefined> {
    const [row] = await queryRows<{ id: string; next_attempt_at: Date | null }>(
      this.dataSource.manager,
      `SELECT id::text AS id, next_attempt_at FROM webhook_deliveries WHERE endpoint_id = $1 AND status = 'PENDING' ORDER BY outbox_id, id LIMIT 1`,
      [endpointId],
    );
    return row;
  }

  async skip(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE webhook_deliveries SET status = 'SKIPPED', finished_at = now(), next_attempt_at = NULL WHERE id = $1 AND status = 'PENDING'`,
      [id],
    );
  }

  /** The attempt's row, the delivery's state, and the endpoint's failure record cleared. */
  async recordSuccess(delivery: WebhookDeliveryRow, attempt: number, result: AttemptResult): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.insertAttempt(manager, delivery.id, attempt, result, true);
      await manager.query(
        `UPDATE webhook_deliveries SET status = 'DELIVERED', attempts = $2, last_status_code = $3, last_duration_ms = $4, last_error = NULL,
                last_attempt_at = now(), next_attempt_at = NULL, finished_at = now()
          WHERE id = $1`,
        [delivery.id, attempt, result.statusCode, result.durationMs],
      );
      await manager.query(`UPDATE webhook_endpoints SET consecutive_failures = 0, failing_since = NULL, updated_at = now() WHERE id = $1`, [
        delivery.endpoint_id,
      ]);
    });
  }

  /**
   * The attempt's row and the delivery's state (FAILED when it was the last attempt, else pending until `nextAttemptAt`),
   * and the endpoint's failure record counted up; `decide` says, from that record, whether to switch the endpoint off,
   * which then happens in the same transaction (see `disable`). Returns whether it was switched off.
   */
  async recordFailure(
    delivery: WebhookDeliveryRow,
    attempt: number,
    result: AttemptResult,
    final: boolean,
    nextAttemptAt: Date | null,
    decide: (record: FailureRecord) => boolean,
  ): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await this.insertAttempt(manager, delivery.id, attempt, result, false);
      await manager.query(
        `UPDATE webhook_deliveries SET status = CASE WHEN $5 THEN 'FAILED' ELSE status END, attempts = $2, last_status_code = $3, last_duration_ms = $4,
                last_error = $6, last_attempt_at = now(), next_attempt_at = $7, finished_at = CASE WHEN $5 THEN now() END
          WHERE id = $1`,
        [delivery.id, attempt, result.statusCode, result.durationMs, final, result.error, nextAttemptAt],
      );
      const [record] = await queryRows<FailureRecord>(
        manager,
        `UPDATE webhook_endpoints SET consecutive_failures = consecutive_failures + 1, failing_since = coalesce(failing_since, now()), updated_at = now()
          WHERE id = $1 AND status = 'ACTIVE'
          RETURNING consecutive_failures, failing_since, url, company_id`,
        [delivery.endpoint_id],
      );
      if (!record || !decide(record)) return false;
      await this.disable(manager, delivery, record);
      return true;
    });
  }

  /**
   * Switches a failing endpoint off: this delivery failed, the rest of its line is skipped (each can be replayed), the
   * company's owners are told (outbox topic webhook.disabled) and the decision is audited — all in one transaction.
   */
  private async disable(manager: EntityManager, delivery: WebhookDeliveryRow, record: FailureRecord): Promise<void> {
    const endpointId = delivery.endpoint_id;
    await manager.query(
      `UPDATE webhook_endpoints SET status = 'DISABLED', disabled_at = now(), disabled_reason = 'failures', updated_at = now() WHERE id = $1`,
      [endpointId],
    );
    await manager.query(
      `UPDATE webhook_deliveries SET status = CASE WHEN id = $2::bigint THEN 'FAILED' ELSE 'SKIPPED' END, next_attempt_at = NULL, finished_at = now()
        WHERE endpoint_id = $1 AND status = 'PENDING'`,
      [endpointId, delivery.id],
    );
    const endpointHost = hostOf(record.url);
    await manager.query(
      `INSERT INTO outbox_messages (topic, aggregate_type, aggregate_id, recipient_ids, payload)
       SELECT $1::varchar, 'webhook_endpoint', $2::varchar, ARRAY(SELECT account_id FROM company_members WHERE company_id = $3::uuid AND owner AND account_id IS NOT NULL ORDER BY account_id),
              jsonb_build_object('endpointId', $2::text, 'endpointHost', $4::text, 'failures', $5::int)`,
      [OutboxTopic.WebhookDisabled, endpointId, record.company_id, endpointHost, record.consecutive_failures],
    );
    await manager.query(
      `INSERT INTO audit_events (actor_id, actor_role, action, subject_type, subject_id, reason, data)
       VALUES (NULL, NULL, 'webhook.disabled', 'webhook_endpoint', $1::text, 'failures', jsonb_build_object('companyId', $2::text, 'failures', $3::int, 'failingSince', $4::timestamptz))`,
      [endpointId, record.company_id, record.consecutive_failures, record.failing_since],
    );
  }

  private async insertAttempt(manager: EntityManager, deliveryId: string, attempt: number, result: AttemptResult, succeeded: boolean): Promise<void> {
    await manager.query(
      `INSERT INTO webhook_delivery_attempts (delivery_id, attempt, status_code, duration_ms, error, succeeded) VALUES ($1, $2, $3, $4, $5, $6)`,
      [deliveryId, attempt, result.statusCode, result.durationMs, result.error, succeeded],
    );
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url.slice(0, 64);
  }
}
