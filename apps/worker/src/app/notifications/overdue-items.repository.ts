/** The items whose deadline passed undone: marking them overdue (first in their owner's queue) and whom to escalate to. */
import type { EntityManager } from 'typeorm';
import { BATCH_STATUSES_AWAITING_DECISION, Role } from '@jumush/domain';
import { queryRows } from '@jumush/server/database';

/** What the escalation message names: the item, its deadline, the country it belongs to and where it opens. */
export interface OverdueItem {
  subject: string;
  deadline: string;
  country: string;
  path: string;
}

/**
 * Marks the batch overdue if it still waits for the attaché's decision and its deadline has passed (a resubmission
 * moved the deadline: a stale job finds nothing). Null when there is nothing overdue.
 */
export async function markBatchOverdue(manager: EntityManager, batchId: string): Promise<OverdueItem | null> {
  const [row] = await queryRows<{ id: string; title: string; deadline_at: Date; origin_country: string }>(
    manager,
    `UPDATE batches b SET overdue = true FROM vacancies v
      WHERE b.id = $1 AND v.id = b.vacancy_id AND b.status = ANY($2::batch_status[]) AND b.deadline_at <= now()
      RETURNING b.id::text AS id, v.title, b.deadline_at, b.origin_country`,
    [batchId, BATCH_STATUSES_AWAITING_DECISION],
  );
  if (!row) return null;
  return { subject: row.title, deadline: new Date(row.deadline_at).toISOString(), country: row.origin_country, path: `/attache/batches/${row.id}` };
}

/**
 * Whom an overdue item escalates to: the supervisors of its country. There is no per-country supervisor role; the
 * admins supervise every country, so every admin still able to sign in hears of it.
 */
export async function supervisorsOf(manager: EntityManager): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(manager, `SELECT id::text AS id FROM accounts WHERE role = $1 AND disabled_at IS NULL ORDER BY id`, [
    Role.Admin,
  ]);
  return rows.map((row) => row.id);
}
