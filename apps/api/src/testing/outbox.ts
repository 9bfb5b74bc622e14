/** The outbox as the API wrote it, message by message: plain rows and the messages of bundles (never the worker's copies of them). */
import type { DataSource } from 'typeorm';
import { bundledMessages, type OutboxBundle } from '@jumush/server/notifications';

export interface WrittenOutboxMessage {
  /** The row it is in: its own, or its bundle's. */
  outboxId: string;
  topic: string;
  aggregateType: string;
  aggregateId: string;
  recipientIds: string[];
  payload: Record<string, unknown>;
}

/** Every message written about these aggregates (of this topic, when given), in the order written. */
export async function outboxMessagesAbout(dataSource: DataSource, aggregateIds: string[], topic?: string): Promise<WrittenOutboxMessage[]> {
  const rows: Array<{
    id: string;
    topic: string;
    aggregate_type: string;
    aggregate_id: string;
    recipient_ids: string[];
    payload: unknown;
    bundle: boolean;
  }> = await dataSource.query(
    `SELECT id::text AS id, topic, aggregate_type, aggregate_id, recipient_ids, payload, bundle_size IS NOT NULL AS bundle FROM outbox_messages
        WHERE bundle_id IS NULL AND ($2::text IS NULL OR topic = $2)
          AND (aggregate_id = ANY($1::text[]) OR (bundle_size IS NOT NULL AND payload -> 'aggregateIds' ?| $1::text[]))
        ORDER BY id`,
    [aggregateIds, topic ?? null],
  );
  return rows.flatMap((row) =>
    (row.bundle
      ? bundledMessages(row.payload as OutboxBundle)
      : [{ aggregateId: row.aggregate_id, recipientIds: row.recipient_ids, payload: row.payload as Record<string, unknown> }]
    )
      .filter((message) => aggregateIds.includes(message.aggregateId))
      .map((message) => ({
        outboxId: row.id,
        topic: row.topic,
        aggregateType: row.aggregate_type,
        aggregateId: message.aggregateId,
        recipientIds: message.recipientIds,
        payload: message.payload,
      })),
  );
}
