/** The items whose deadline passed undone: marking them overdue (first in their owner's queue) and whom to escalate to. */
import type { EntityManager } from 'typeorm';
import { BATCH_STATUSES_AWAITING_DECISION, CompanyStatus, GRIEVANCE_STATUSES_AWAITING_STAFF, Role } from '@jumush/domain';
import { queryRows } from '@jumush/server/database';

/** What the escalation message names: the item, its deadline, the countries it belongs to and where it opens. */
export interface OverdueItem {
  subject: string;
  deadline: string;
  /** The countries it belongs to (a vacancy: every one it is open to): their supervisors hear of it. */
  countries: string[];
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
  return {
    subject: row.title,
    deadline: new Date(row.deadline_at).toISOString(),
    countries: [row.origin_country],
    path: `/attache/batches/${row.id}`,
  };
}

/**
 * The grievance, if it still waits on the staff with the deadline the job was scheduled for, and that deadline has
 * passed (a move since started another clock or stopped it: a stale job finds nothing). Its queue puts it first by
 * the deadline itself, so nothing is marked. Null when there is nothing overdue.
 */
export async function overdueGrievance(manager: EntityManager, grievanceId: string, deadline: unknown): Promise<OverdueItem | null> {
  if (typeof deadline !== 'string' || Number.isNaN(Date.parse(deadline))) return null;
  const [row] = await queryRows<{ id: string; title: string | null; category: string; due_at: Date; origin_country: string }>(
    manager,
    `SELECT g.id::text AS id, v.title, g.category, g.due_at, g.origin_country
       FROM grievances g LEFT JOIN applications a ON a.id = g.application_id LEFT JOIN vacancies v ON v.id = a.vacancy_id
      WHERE g.id = $1 AND g.status = ANY($2::grievance_status[]) AND g.due_at = $3::timestamptz AND g.due_at <= now()`,
    [grievanceId, GRIEVANCE_STATUSES_AWAITING_STAFF, deadline],
  );
  if (!row) return null;
  return {
    subject: row.title ?? row.category,
    deadline: new Date(row.due_at).toISOString(),
    countries: [row.origin_country],
    path: `/attache/grievances/${row.id}`,
  };
}

/**
 * The vacancy, if it still waits for review since the submission the job was scheduled for and the deadline it was
 * given has passed (a resubmission or a review since: a stale job finds nothing). Null when nothing is overdue.
 */
export async function overdueVacancyReview(
  manager: EntityManager,
  vacancyId: string,
  submittedAt: unknown,
  deadline: unknown,
): Promise<OverdueItem | null> {
  if (typeof submittedAt !== 'string' || typeof deadline !== 'string' || Number.isNaN(Date.parse(deadline))) return null;
  if (Date.parse(deadline) > Date.now()) return null;
  const [row] = await queryRows<{ id: string; title: string; open_to: string[] }>(
    manager,
    `SELECT id::text AS id, title, open_to FROM vacancies WHERE id = $1 AND status = 'PENDING_REVIEW' AND submitted_at = $2::timestamptz`,
    [vacancyId, submittedAt],
  );
  if (!row) return null;
  return { subject: row.title, deadline: new Date(deadline).toISOString(), countries: row.open_to, path: `/attache/vacancies/${row.id}` };
}

/**
 * The company, if it still waits for the country's verification since the submission the job was scheduled for and
 * the deadline it was given has passed (decided or resubmitted since: a stale job finds nothing). Null when nothing is overdue.
 */
export async function overdueCompanyVerification(
  manager: EntityManager,
  companyId: string,
  payload: Record<string, unknown>,
): Promise<OverdueItem | null> {
  const { country, pendingSince, deadline } = payload;
  if (typeof country !== 'string' || typeof pendingSince !== 'string' || typeof deadline !== 'string' || Number.isNaN(Date.parse(deadline)))
    return null;
  if (Date.parse(deadline) > Date.now()) return null;
  const [row] = await queryRows<{ id: string; legal_name: string }>(
    manager,
    `SELECT c.id::text AS id, c.legal_name FROM company_country_statuses s JOIN companies c ON c.id = s.company_id
      WHERE s.company_id = $1 AND s.country = $2 AND s.status = $3 AND s.status_changed_at = $4::timestamptz`,
    [companyId, country, CompanyStatus.Pending, pendingSince],
  );
  if (!row) return null;
  return { subject: row.legal_name, deadline: new Date(deadline).toISOString(), countries: [country], path: `/attache/companies/${row.id}` };
}

/**
 * Whom an overdue item of `countries` escalates to: the admins marked supervisors of any of them (still able to sign
 * in); when none of them has one, every admin, who supervise every country.
 */
export async function supervisorsOf(manager: EntityManager, countries: readonly string[]): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    manager,
    `WITH admins AS (SELECT id, supervised_countries FROM accounts WHERE role = $1 AND disabled_at IS NULL),
          named AS (SELECT id FROM admins WHERE supervised_countries && $2::text[])
     SELECT id::text AS id FROM named
     UNION ALL
     SELECT id::text AS id FROM admins WHERE NOT EXISTS (SELECT 1 FROM named)
     ORDER BY id`,
    [Role.Admin, [...countries]],
  );
  return rows.map((row) => row.id);
}
