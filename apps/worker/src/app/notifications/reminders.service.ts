/**
 * The `remind` job: a delayed job that comes due and writes an outbox row (topic `reminder.<kind>`),
 * so reminders travel the same road as every other notification. A departure reminder counts the
 * pre-departure checklist items still open at that moment. The job id is the reminder's key: a
 * retried job finds its row and writes nothing twice.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { DataSource, type EntityManager } from 'typeorm';
import { REQUIRED_CHECKLIST_ITEMS } from '@jumush/domain';
import { queryRows } from '@jumush/server/database';
import type { RemindJobData, RemindJobReturn } from '@jumush/server/queues';

@Injectable()
export class RemindersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async remind(
    job: Job<RemindJobData, RemindJobReturn>,
  ): Promise<RemindJobReturn> {
    const key = String(job.id ?? `${job.data.kind}:${job.data.aggregateId}`);
    const data = job.data;
    if (data.kind === 'overdue') {
      // The deadline passed: an undecided batch rises to the top of the attaché's queue, counted as overdue.
      await this.dataSource.query(
        `UPDATE batches SET overdue = true WHERE id = $1 AND status IN ('SUBMITTED', 'IN_REVIEW') AND deadline_at <= now()`,
        [data.aggregateId],
      );
      return { outboxId: null };
    }
    if (data.recipientIds.length === 0) return { outboxId: null };
    if (data.kind === 'deadline' && !(await this.stillAwaited(data)))
      return { outboxId: null };
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
      const [existing] = await queryRows<{ outbox_id: string }>(
        manager,
        'SELECT outbox_id::text AS outbox_id FROM notification_reminders WHERE key = $1',
        [key],
      );
      if (existing) return { outboxId: existing.outbox_id };
      const payload =
        data.kind === 'departure'
          ? {
              ...data.payload,
              openItems: await this.openChecklistItems(
                manager,
                data.recipientIds[0],
              ),
            }
          : data.payload;
      const [row] = await queryRows<{ id: string }>(
        manager,
        `INSERT INTO outbox_messages (topic, aggregate_type, aggregate_id, recipient_ids, payload) VALUES ($1, $2, $3, $4::uuid[], $5::jsonb) RETURNING id::text AS id`,
        [
          `reminder.${data.kind}`,
          data.aggregateType.slice(0, 32),
          data.aggregateId.slice(0, 64),
          data.recipientIds,
          JSON.stringify(payload),
        ],
      );
      await manager.query(
        'INSERT INTO notification_reminders (key, outbox_id) VALUES ($1, $2)',
        [key.slice(0, 200), row.id],
      );
      return { outboxId: row.id };
    });
  }

  /** A deadline reminder is sent only while its step still waits: nobody is reminded of what they already did. */
  private async stillAwaited(data: RemindJobData): Promise<boolean> {
    const query =
      data.aggregateType === 'batch'
        ? `SELECT 1 FROM batches WHERE id = $1 AND status IN ('SUBMITTED', 'IN_REVIEW')`
        : data.aggregateType === 'application'
          ? `SELECT 1 FROM applications WHERE id = $1 AND status = 'SUBMITTED'`
          : null;
    if (!query) return true;
    return (await this.dataSource.query(query, [data.aggregateId])).length > 0;
  }

  /** Required checklist items the candidate has not completed. */
  private async openChecklistItems(
    manager: EntityManager,
    accountId: string,
  ): Promise<number> {
    const [row] = await queryRows<{ open: number }>(
      manager,
      `SELECT count(*)::int AS open FROM unnest($1::text[]) AS required(kind)
        WHERE NOT EXISTS (SELECT 1 FROM checklist_items c JOIN candidate_profiles p ON p.id = c.profile_id
                           WHERE p.account_id = $2 AND c.kind::text = required.kind AND c.status = 'DONE')`,
      [REQUIRED_CHECKLIST_ITEMS, accountId],
    );
    return row?.open ?? REQUIRED_CHECKLIST_ITEMS.length;
  }
}
