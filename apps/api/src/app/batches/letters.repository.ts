/** Approval letters with everything printed on them or on a batch's decision sheet. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { LetterRevocationCategory } from '@jumush/domain';
import { queryRows } from '@jumush/server/database';
import type { HousingTerm } from '@jumush/server/documents';

/** An application with its letter (if any), candidate, employer, the vacancy's terms as decided and the batch decision. */
export interface LetterRow {
  application_id: string;
  code: string;
  decided_on: string;
  office: string;
  revoked_at: Date | null;
  revoked_reason: string | null;
  revocation_category: string | null;
  surname: string | null;
  given_names: string | null;
  surname_latin: string | null;
  given_names_latin: string | null;
  birth_date: string | null;
  account_id: string | null;
  origin_country: string;
  locale: string | null;
  legal_name: string;
  inn: string;
  company_id: string;
  vacancy_id: string;
  title: string;
  town: string;
  region_code: string;
  monthly_wage_roubles: number;
  housing: HousingTerm;
  housing_cost_roubles: number | null;
  insurance: boolean;
  contract_months: number;
  start_date: string;
  batch_id: string;
  decision: 'APPROVED' | 'REFUSED' | null;
  refusal_reason: string | null;
  refusal_text: string | null;
}

const LETTER_SELECT = `
  SELECT a.id AS application_id, l.code, l.decided_on, l.office, l.revoked_at, l.revoked_reason, l.revocation_category,
         p.surname, p.given_names, p.surname_latin, p.given_names_latin, p.birth_date, p.account_id, p.origin_country, acc.locale,
         coalesce(b.decided_terms #>> '{company,legal_name}', c.legal_name) AS legal_name, coalesce(b.decided_terms #>> '{company,inn}', c.inn) AS inn,
         c.id AS company_id, v.id AS vacancy_id, t.title, t.town, t.region_code, t.monthly_wage_roubles, t.housing, t.housing_cost_roubles,
         t.insurance, t.contract_months, t.start_date, bi.batch_id, bi.decision, bi.refusal_reason, bi.refusal_text
    FROM applications a
    JOIN candidate_profiles p ON p.id = a.candidate_id
    LEFT JOIN accounts acc ON acc.id = p.account_id
    JOIN vacancies v ON v.id = a.vacancy_id
    JOIN companies c ON c.id = v.company_id
    LEFT JOIN approval_letters l ON l.application_id = a.id
    LEFT JOIN batch_items bi ON bi.application_id = a.id AND bi.decision IS NOT NULL
    LEFT JOIN batches b ON b.id = bi.batch_id
    -- The terms as decided (a later edit of the vacancy never changes an issued document); the live ones before a decision.
    CROSS JOIN LATERAL jsonb_populate_record(NULL::vacancies, coalesce(b.decided_terms -> 'vacancy', to_jsonb(v))) t`;

/** A letter this revocation ended, with whom to tell. */
export interface RevokedLetterRow {
  application_id: string;
  code: string;
  account_id: string | null;
  vacancy_id: string;
  title: string;
  revoked_at: Date;
}

export interface LetterRevocation {
  category: LetterRevocationCategory;
  reason: string;
  revokedBy: string | null;
  at: Date;
}

@Injectable()
export class LettersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async ofApplication(applicationId: string): Promise<LetterRow | undefined> {
    const [row] = await queryRows<LetterRow>(this.dataSource.manager, `${LETTER_SELECT} WHERE a.id = $1 AND l.id IS NOT NULL`, [applicationId]);
    return row;
  }

  async byCode(code: string): Promise<LetterRow | undefined> {
    const [row] = await queryRows<LetterRow>(this.dataSource.manager, `${LETTER_SELECT} WHERE l.code = $1`, [code]);
    return row;
  }

  /**
   * Revokes the still-valid letters of one application, or of every application to a company's vacancies (of
   * candidates of some citizenships only, when given), in the caller's transaction; returns those it revoked (a letter
   * already revoked is left as it was).
   */
  revoke(
    manager: EntityManager,
    where: { applicationId: string } | { companyId: string; citizenships?: readonly string[] },
    revocation: LetterRevocation,
  ): Promise<RevokedLetterRow[]> {
    const [column, id] = 'applicationId' in where ? ['a.id', where.applicationId] : ['v.company_id', where.companyId];
    const citizenships = 'companyId' in where ? (where.citizenships ?? null) : null;
    return queryRows<RevokedLetterRow>(
      manager,
      `UPDATE approval_letters l
          SET revoked_at = $2, revoked_reason = $3, revocation_category = $4, revoked_by = $5
         FROM applications a
         JOIN vacancies v ON v.id = a.vacancy_id
         JOIN candidate_profiles p ON p.id = a.candidate_id
        WHERE l.application_id = a.id AND ${column} = $1 AND l.revoked_at IS NULL
          AND ($6::text[] IS NULL OR p.origin_country = ANY($6::text[]))
        RETURNING a.id AS application_id, l.code, p.account_id, v.id AS vacancy_id, v.title, l.revoked_at`,
      [id, revocation.at, revocation.reason, revocation.category, revocation.revokedBy, citizenships],
    );
  }

  /** Every decided candidate of a batch, in the order of the decision sheet. */
  ofBatch(batchId: string): Promise<LetterRow[]> {
    return queryRows<LetterRow>(this.dataSource.manager, `${LETTER_SELECT} WHERE bi.batch_id = $1 ORDER BY p.surname_latin NULLS LAST, a.id`, [
      batchId,
    ]);
  }
}
