/** SQL of ratings from those who worked there: the rated job, one rating per application, a company's aggregate. */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ApplicationStatus } from '@jumush/domain';
import { queryRows } from '@jumush/server/database';

/** A migrant's job as far as rating it goes: its status, when it arrived, and whose it is. */
export interface RatedJobRow {
  application_id: string;
  status: ApplicationStatus;
  arrived_at: Date | null;
  company_id: string;
  company_name: string;
}

export interface RatingRow {
  id: string;
  application_id: string;
  company_id: string;
  wage_on_time: number;
  housing: number;
  treatment: number;
  would_recommend: boolean;
  comment: string | null;
  answer: string | null;
  answered_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export interface RatingsAggregateRow {
  count: number;
  wage_on_time: number | null;
  housing: number | null;
  treatment: number | null;
  recommend_share: number | null;
}

export interface NewRating {
  applicationId: string;
  companyId: string;
  authorAccountId: string;
  wageOnTime: number;
  housing: number;
  treatment: number;
  wouldRecommend: boolean;
  comment: string | null;
}

const RATING_COLUMNS = `id, application_id, company_id, wage_on_time, housing, treatment, would_recommend, comment, answer, answered_at,
  created_at, updated_at`;

@Injectable()
export class RatingsRepository {
  /** The candidate's application with its arrival (the first ARRIVED entry of its timeline); undefined if not theirs. */
  async jobOf(manager: EntityManager, candidateId: string, applicationId: string, lock = false): Promise<RatedJobRow | undefined> {
    const [row] = await queryRows<RatedJobRow>(
      manager,
      `SELECT a.id AS application_id, a.status, v.company_id, c.legal_name AS company_name,
              (SELECT min(e.created_at) FROM application_events e WHERE e.application_id = a.id AND e.to_status = 'ARRIVED') AS arrived_at
         FROM applications a JOIN vacancies v ON v.id = a.vacancy_id JOIN companies c ON c.id = v.company_id
        WHERE a.id = $1 AND a.candidate_id = $2${lock ? ' FOR UPDATE OF a' : ''}`,
      [applicationId, candidateId],
    );
    return row;
  }

  async ofApplication(manager: EntityManager, applicationId: string): Promise<RatingRow | undefined> {
    const [row] = await queryRows<RatingRow>(manager, `SELECT ${RATING_COLUMNS} FROM employer_ratings WHERE application_id = $1`, [applicationId]);
    return row;
  }

  /** Gives or changes the rating of an application; true when it was new. The answer stays with a changed rating. */
  async upsert(manager: EntityManager, rating: NewRating): Promise<{ id: string; created: boolean }> {
    const [row] = await queryRows<{ id: string; created: boolean }>(
      manager,
      `INSERT INTO employer_ratings (application_id, company_id, author_account_id, wage_on_time, housing, treatment, would_recommend, comment)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (application_id) DO UPDATE SET wage_on_time = EXCLUDED.wage_on_time, housing = EXCLUDED.housing,
         treatment = EXCLUDED.treatment, would_recommend = EXCLUDED.would_recommend, comment = EXCLUDED.comment, updated_at = now()
       RETURNING id, (xmax = 0) AS created`,
      [
        rating.applicationId,
        rating.companyId,
        rating.authorAccountId,
        rating.wageOnTime,
        rating.housing,
        rating.treatment,
        rating.wouldRecommend,
        rating.comment,
      ],
    );
    return row;
  }

  async aggregateOf(manager: EntityManager, companyId: string): Promise<RatingsAggregateRow> {
    const [row] = await queryRows<RatingsAggregateRow>(
      manager,
      `SELECT count(*)::int AS count, avg(wage_on_time)::float8 AS wage_on_time, avg(housing)::float8 AS housing,
              avg(treatment)::float8 AS treatment, avg(CASE WHEN would_recommend THEN 1 ELSE 0 END)::float8 AS recommend_share
         FROM employer_ratings WHERE company_id = $1`,
      [companyId],
    );
    return row;
  }

  /** A company's ratings, newest first; `withCommentOnly` for the public list. */
  async ofCompany(manager: EntityManager, companyId: string, withCommentOnly: boolean, limit = 100): Promise<RatingRow[]> {
    return queryRows<RatingRow>(
      manager,
      `SELECT ${RATING_COLUMNS} FROM employer_ratings WHERE company_id = $1${withCommentOnly ? ` AND comment IS NOT NULL AND comment <> ''` : ''}
        ORDER BY created_at DESC, id LIMIT $2`,
      [companyId, limit],
    );
  }

  /** The rating of `companyId`, locked for the answer; undefined when it is another company's. */
  async ofCompanyLocked(manager: EntityManager, companyId: string, id: string): Promise<RatingRow | undefined> {
    const [row] = await queryRows<RatingRow>(manager, `SELECT ${RATING_COLUMNS} FROM employer_ratings WHERE id = $1 AND company_id = $2 FOR UPDATE`, [
      id,
      companyId,
    ]);
    return row;
  }

  /** Records the answer once; false when one was already there (a concurrent answer). */
  async answer(manager: EntityManager, id: string, answer: string, answeredBy: string): Promise<boolean> {
    const rows = await queryRows<{ id: string }>(
      manager,
      `UPDATE employer_ratings SET answer = $2, answered_by = $3, answered_at = now() WHERE id = $1 AND answer IS NULL RETURNING id`,
      [id, answer, answeredBy],
    );
    return rows.length === 1;
  }

  async memberAccountIds(manager: EntityManager, companyId: string): Promise<string[]> {
    const rows = await queryRows<{ account_id: string }>(
      manager,
      `SELECT account_id FROM company_members WHERE company_id = $1 AND account_id IS NOT NULL ORDER BY owner DESC, created_at`,
      [companyId],
    );
    return rows.map((row) => row.account_id);
  }

  /** A company anyone may look up: verified in at least one country and not blocked. */
  async publicCompany(
    manager: EntityManager,
    companyId: string,
  ): Promise<{ id: string; legal_name: string; inn: string; region_code: string } | undefined> {
    const [row] = await queryRows<{ id: string; legal_name: string; inn: string; region_code: string }>(
      manager,
      `SELECT c.id, c.legal_name, c.inn, c.region_code FROM companies c
        WHERE c.id = $1 AND c.blocked_at IS NULL
          AND EXISTS (SELECT 1 FROM company_country_statuses s WHERE s.company_id = c.id AND s.status = 'VERIFIED')`,
      [companyId],
    );
    return row;
  }
}
