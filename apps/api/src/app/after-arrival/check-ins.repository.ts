/** SQL of the check-ins after arrival: scheduling them with the arrival, reading and answering them. */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CheckInAnswer, CheckInQuestion } from '@jumush/domain';
import { queryRows } from '@jumush/server/database';
import { checkInReminderData, checkInReminderJobId } from '@jumush/server/queues';

export interface CheckInRow {
  id: string;
  application_id: string;
  vacancy_title: string;
  day: number;
  due_at: Date;
  answers: Partial<Record<CheckInQuestion, CheckInAnswer>>;
  answered_at: Date | null;
  candidate_id: string;
  account_id: string | null;
  origin_country: string | null;
  region_code: string;
  company_id: string;
  grievance_ids: string[];
}

const CHECK_IN_SELECT = `
  SELECT c.id, c.application_id, v.title AS vacancy_title, c.day, c.due_at, c.answers, c.answered_at, a.candidate_id, p.account_id,
         p.origin_country, v.region_code, v.company_id,
         ARRAY(SELECT g.id::text FROM grievances g WHERE g.check_in_id = c.id ORDER BY g.created_at) AS grievance_ids
    FROM check_ins c JOIN applications a ON a.id = c.application_id JOIN vacancies v ON v.id = a.vacancy_id
    JOIN candidate_profiles p ON p.id = a.candidate_id`;

@Injectable()
export class CheckInsRepository {
  /**
   * The check-ins of an arrival, each with its reminder-outbox row, in the arrival's transaction: a Redis outage
   * loses none, and an arrival replayed (offline queue) schedules nothing twice (one check-in per application and day).
   */
  async schedule(
    manager: EntityManager,
    applicationId: string,
    accountId: string,
    due: ReadonlyArray<{ day: number; dueAt: Date }>,
  ): Promise<number> {
    if (due.length === 0) return 0;
    const created = await queryRows<{ id: string; day: number; due_at: Date }>(
      manager,
      `INSERT INTO check_ins (application_id, day, due_at)
       SELECT $1, day, due_at FROM unnest($2::smallint[], $3::timestamptz[]) AS d(day, due_at)
       ON CONFLICT (application_id, day) DO NOTHING RETURNING id, day, due_at`,
      [applicationId, due.map((entry) => entry.day), due.map((entry) => entry.dueAt.toISOString())],
    );
    for (const row of created)
      await manager.query(`INSERT INTO reminder_outbox (job_id, data, due_at) VALUES ($1, $2::jsonb, $3)`, [
        checkInReminderJobId(row.id),
        JSON.stringify(checkInReminderData(row.id, accountId, applicationId, row.day)),
        row.due_at,
      ]);
    return created.length;
  }

  async ofCandidate(candidateId: string, manager: EntityManager): Promise<CheckInRow[]> {
    return queryRows<CheckInRow>(manager, `${CHECK_IN_SELECT} WHERE a.candidate_id = $1 ORDER BY c.application_id, c.day`, [candidateId]);
  }

  async one(manager: EntityManager, id: string, lock = false): Promise<CheckInRow | null> {
    const [row] = await queryRows<CheckInRow>(manager, `${CHECK_IN_SELECT} WHERE c.id = $1${lock ? ' FOR UPDATE OF c' : ''}`, [id]);
    return row ?? null;
  }

  /**
   * Records one answer; the same answer again changes nothing (false). The check-in counts as answered once every
   * question has an answer.
   */
  async answer(manager: EntityManager, id: string, question: CheckInQuestion, answer: CheckInAnswer, questionCount: number): Promise<boolean> {
    const rows = await queryRows<{ id: string }>(
      manager,
      `UPDATE check_ins SET answers = answers || jsonb_build_object($2::text, $3::text),
              answered_at = CASE WHEN answered_at IS NULL AND (SELECT count(*) FROM jsonb_object_keys(answers || jsonb_build_object($2::text, $3::text))) >= $4
                                 THEN now() ELSE answered_at END
        WHERE id = $1 AND answers ->> $2 IS DISTINCT FROM $3 RETURNING id`,
      [id, question, answer, questionCount],
    );
    return rows.length > 0;
  }
}
