/** SQL of grievances: opening, the queues of the migrant and of the attaché, messages and status moves. */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { GrievanceStatus, Role, type GrievanceCategory } from '@jumush/domain';
import { queryRows } from '@jumush/server/database';

export interface GrievanceRow {
  id: string;
  candidate_id: string;
  candidate_account_id: string | null;
  application_id: string | null;
  check_in_id: string | null;
  origin_country: string;
  region_code: string;
  company_id: string | null;
  category: GrievanceCategory;
  description: string;
  anonymous: boolean;
  status: GrievanceStatus;
  referred_to: string | null;
  outcome: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  /** When the stage that waits on the staff is due; null once nothing is owed (or opened before deadlines). */
  due_at: Date | null;
  vacancy_title: string | null;
  company_name: string | null;
  migrant_name: string | null;
}

export interface GrievanceMessageRow {
  id: string;
  author_id: string | null;
  author_role: string;
  body: string;
  move: string | null;
  created_at: Date;
}

export interface NewGrievance {
  candidateId: string;
  applicationId: string;
  checkInId: string | null;
  originCountry: string;
  regionCode: string;
  companyId: string;
  category: GrievanceCategory;
  description: string;
  anonymous: boolean;
}

/** Which grievances a reader may see: their own (a migrant), or their country's and regions' (staff). */
export type GrievanceScope = { candidateId: string } | { originCountry: string | null; coveredRegions: readonly string[] | null };

const GRIEVANCE_SELECT = `
  SELECT g.id, g.candidate_id, p.account_id AS candidate_account_id, g.application_id, g.check_in_id, g.origin_country, g.region_code,
         g.company_id, g.category, g.description, g.anonymous, g.status, g.referred_to, g.outcome, g.version, g.created_at, g.updated_at, g.due_at,
         v.title AS vacancy_title, co.legal_name AS company_name,
         nullif(concat_ws(' ', p.surname, p.given_names), '') AS migrant_name
    FROM grievances g JOIN candidate_profiles p ON p.id = g.candidate_id
    LEFT JOIN applications a ON a.id = g.application_id LEFT JOIN vacancies v ON v.id = a.vacancy_id
    LEFT JOIN companies co ON co.id = g.company_id`;

function scopeFilter(scope: GrievanceScope, values: unknown[]): string {
  if ('candidateId' in scope) {
    values.push(scope.candidateId);
    return `g.candidate_id = $${values.length}`;
  }
  // An admin (no country) sees every country's; an attaché their country's, in their regions if limited.
  values.push(scope.originCountry, scope.coveredRegions);
  return `($${values.length - 1}::text IS NULL OR g.origin_country = $${values.length - 1}) AND ($${values.length}::text[] IS NULL OR g.region_code = ANY($${values.length}::text[]))`;
}

@Injectable()
export class GrievancesRepository {
  /** Opens a grievance; null when the check-in already opened one of this category (the same answer twice). */
  async insert(manager: EntityManager, grievance: NewGrievance): Promise<string | null> {
    const [row] = await queryRows<{ id: string }>(
      manager,
      `INSERT INTO grievances (candidate_id, application_id, check_in_id, origin_country, region_code, company_id, category, description, anonymous)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (check_in_id, category) WHERE check_in_id IS NOT NULL DO NOTHING RETURNING id`,
      [
        grievance.candidateId,
        grievance.applicationId,
        grievance.checkInId,
        grievance.originCountry,
        grievance.regionCode,
        grievance.companyId,
        grievance.category,
        grievance.description,
        grievance.anonymous,
      ],
    );
    return row?.id ?? null;
  }

  /** The attaché staff of a country, with the regions each covers (null: all of Russia). */
  attachesOf(manager: EntityManager, originCountry: string): Promise<Array<{ id: string; coveredRegions: string[] | null }>> {
    return queryRows<{ id: string; coveredRegions: string[] | null }>(
      manager,
      `SELECT id, covered_regions AS "coveredRegions" FROM accounts WHERE role = $1 AND origin_country = $2 AND disabled_at IS NULL ORDER BY id`,
      [Role.Attache, originCountry],
    );
  }

  async one(manager: EntityManager, id: string, scope: GrievanceScope, lock = false): Promise<GrievanceRow | null> {
    const values: unknown[] = [id];
    const [row] = await queryRows<GrievanceRow>(
      manager,
      `${GRIEVANCE_SELECT} WHERE g.id = $1 AND ${scopeFilter(scope, values)}${lock ? ' FOR UPDATE OF g' : ''}`,
      values,
    );
    return row ?? null;
  }

  /** The queue: open cases first (received, in progress, referred, resolved), oldest first within each; closed last. */
  list(manager: EntityManager, scope: GrievanceScope): Promise<GrievanceRow[]> {
    const values: unknown[] = [];
    return queryRows<GrievanceRow>(
      manager,
      `${GRIEVANCE_SELECT} WHERE ${scopeFilter(scope, values)} ORDER BY g.status = 'CLOSED', coalesce(g.due_at < now(), false) DESC, g.status, g.created_at LIMIT 500`,
      values,
    );
  }

  messages(manager: EntityManager, grievanceId: string): Promise<GrievanceMessageRow[]> {
    return queryRows<GrievanceMessageRow>(
      manager,
      `SELECT id::text AS id, author_id, author_role, body, move, created_at FROM grievance_messages WHERE grievance_id = $1 ORDER BY id`,
      [grievanceId],
    );
  }

  async addMessage(
    manager: EntityManager,
    message: { grievanceId: string; authorId: string | null; authorRole: string; body: string; move: string | null },
  ): Promise<string> {
    const [row] = await queryRows<{ id: string }>(
      manager,
      `INSERT INTO grievance_messages (grievance_id, author_id, author_role, body, move) VALUES ($1, $2, $3, $4, $5) RETURNING id::text AS id`,
      [message.grievanceId, message.authorId, message.authorRole, message.body, message.move],
    );
    return row.id;
  }

  /** Moves a grievance if nobody changed it since `version`; a referral keeps where it went, a resolution its outcome. */
  async move(
    manager: EntityManager,
    id: string,
    change: { from: GrievanceStatus; to: GrievanceStatus; version: number; referredTo?: string; outcome?: string },
  ): Promise<boolean> {
    const rows = await queryRows<{ id: string }>(
      manager,
      `UPDATE grievances SET status = $3, version = version + 1, updated_at = now(),
              referred_to = coalesce($5, referred_to), outcome = coalesce($6, outcome)
        WHERE id = $1 AND status = $2 AND version = $4 RETURNING id`,
      [id, change.from, change.to, change.version, change.referredTo ?? null, change.outcome ?? null],
    );
    return rows.length > 0;
  }

  /** The deadline of the grievance's current stage; null stops the clock. */
  async setDeadline(manager: EntityManager, id: string, dueAt: string | null): Promise<void> {
    await manager.query(`UPDATE grievances SET due_at = $2 WHERE id = $1`, [id, dueAt]);
  }
}
