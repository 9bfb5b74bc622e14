/**
 * The only code that reads and writes disputes of a claimed INN, and the membership changes an upheld dispute makes.
 * Methods that are part of a decision take the caller's EntityManager, so the change, its audit event and its outbox
 * rows commit together.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { CompanyDisputeStatus } from '@jumush/domain';
import { queryRows } from '@jumush/server/database';

/** A dispute with what the attachés' queue shows beside it. */
export interface CompanyDisputeRow {
  id: string;
  company_id: string;
  company_name: string;
  inn: string;
  claimant_id: string;
  claimant_email: string;
  claimant_name: string | null;
  statement: string;
  evidence_file_name: string;
  evidence_content_type: string;
  evidence_size_bytes: number;
  evidence_key: string;
  status: CompanyDisputeStatus;
  filed_at: Date;
  decided_at: Date | null;
  decided_by: string | null;
  decision_reason: string | null;
}

export interface NewCompanyDispute {
  companyId: string;
  inn: string;
  claimantId: string;
  statement: string;
  evidenceFileName: string;
  evidenceContentType: string;
  evidenceSizeBytes: number;
  evidenceKey: string;
  evidenceSha256: string;
}

/** What filing needs to know of the account. */
export interface ClaimantRow {
  email: string | null;
  email_verified: boolean;
  company_id: string | null;
  open_disputes: number;
}

export interface PersonRow {
  account_id: string;
  email: string;
  full_name: string | null;
}

const SELECT_DISPUTE = `
  SELECT d.id, d.company_id, c.legal_name AS company_name, d.inn, d.claimant_id, a.email AS claimant_email,
         a.full_name AS claimant_name, d.statement, d.evidence_file_name, d.evidence_content_type, d.evidence_size_bytes,
         d.evidence_key, d.status, d.filed_at, d.decided_at, d.decided_by, d.decision_reason
    FROM company_disputes d JOIN companies c ON c.id = d.company_id JOIN accounts a ON a.id = d.claimant_id`;

@Injectable()
export class CompanyDisputesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The company holding an INN, if any. */
  async holderOfInn(manager: EntityManager, inn: string): Promise<string | null> {
    const rows = await queryRows<{ id: string }>(manager, `SELECT id FROM companies WHERE inn = $1`, [inn]);
    return rows[0]?.id ?? null;
  }

  /** The account's address, whether it is proven, its company and its open disputes; locked (one filing at a time). */
  async claimantForUpdate(manager: EntityManager, accountId: string): Promise<ClaimantRow> {
    const [row] = await queryRows<ClaimantRow>(
      manager,
      `SELECT a.email, a.email_verified_at IS NOT NULL AS email_verified,
              (SELECT m.company_id FROM company_members m WHERE m.account_id = a.id) AS company_id,
              (SELECT count(*)::int FROM company_disputes d WHERE d.claimant_id = a.id AND d.status = 'OPEN') AS open_disputes
         FROM accounts a WHERE a.id = $1 FOR UPDATE OF a`,
      [accountId],
    );
    return row;
  }

  async insert(manager: EntityManager, dispute: NewCompanyDispute): Promise<string> {
    const [row] = await queryRows<{ id: string }>(
      manager,
      `INSERT INTO company_disputes (company_id, inn, claimant_id, statement, evidence_file_name, evidence_content_type,
                                     evidence_size_bytes, evidence_key, evidence_sha256)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        dispute.companyId,
        dispute.inn,
        dispute.claimantId,
        dispute.statement,
        dispute.evidenceFileName,
        dispute.evidenceContentType,
        dispute.evidenceSizeBytes,
        dispute.evidenceKey,
        dispute.evidenceSha256,
      ],
    );
    return row.id;
  }

  /** The claimant's own disputes, newest first. */
  mine(claimantId: string): Promise<CompanyDisputeRow[]> {
    return queryRows<CompanyDisputeRow>(this.dataSource.manager, `${SELECT_DISPUTE} WHERE d.claimant_id = $1 ORDER BY d.filed_at DESC, d.id`, [
      claimantId,
    ]);
  }

  /** The queue: disputes in a status, longest waiting first. */
  queue(status: CompanyDisputeStatus, limit: number, offset: number): Promise<CompanyDisputeRow[]> {
    return queryRows<CompanyDisputeRow>(
      this.dataSource.manager,
      `${SELECT_DISPUTE} WHERE d.status = $1 ORDER BY d.filed_at ASC, d.id ASC LIMIT $2 OFFSET $3`,
      [status, limit, offset],
    );
  }

  async countByStatus(status: CompanyDisputeStatus): Promise<number> {
    const [row] = await queryRows<{ count: number }>(
      this.dataSource.manager,
      `SELECT count(*)::int AS count FROM company_disputes WHERE status = $1`,
      [status],
    );
    return row.count;
  }

  /** One dispute; with `lock`, held until the caller's transaction ends (two attachés deciding at once: one wins). */
  async find(id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<CompanyDisputeRow | null> {
    const rows = await queryRows<CompanyDisputeRow>(manager, `${SELECT_DISPUTE} WHERE d.id = $1${lock ? ' FOR UPDATE OF d' : ''}`, [id]);
    return rows[0] ?? null;
  }

  /** The company's owners now. */
  owners(companyId: string, manager: EntityManager = this.dataSource.manager): Promise<PersonRow[]> {
    return queryRows<PersonRow>(
      manager,
      `SELECT m.account_id, a.email, a.full_name FROM company_members m JOIN accounts a ON a.id = m.account_id
        WHERE m.company_id = $1 AND m.owner ORDER BY m.created_at`,
      [companyId],
    );
  }

  async decide(manager: EntityManager, id: string, change: { status: CompanyDisputeStatus; by: string; at: Date; reason: string }): Promise<boolean> {
    const rows = await queryRows<{ id: string }>(
      manager,
      `UPDATE company_disputes SET status = $2, decided_by = $3, decided_at = $4, decision_reason = $5
        WHERE id = $1 AND status = 'OPEN' RETURNING id`,
      [id, change.status, change.by, change.at, change.reason],
    );
    return rows.length > 0;
  }

  /** Ends every accepted membership of the company; the accounts that had one. */
  async removeMembers(manager: EntityManager, companyId: string): Promise<string[]> {
    const rows = await queryRows<{ account_id: string }>(
      manager,
      `DELETE FROM company_members WHERE company_id = $1 AND account_id IS NOT NULL RETURNING account_id`,
      [companyId],
    );
    return rows.map((row) => row.account_id).sort();
  }

  /** Revokes the company's invitations still open; their ids. */
  async revokeOpenInvitations(manager: EntityManager, companyId: string, at: Date): Promise<string[]> {
    const rows = await queryRows<{ id: string }>(
      manager,
      `UPDATE company_members SET revoked_at = $2
        WHERE company_id = $1 AND account_id IS NULL AND accepted_at IS NULL AND revoked_at IS NULL RETURNING id`,
      [companyId, at],
    );
    return rows.map((row) => row.id).sort();
  }

  /** Frees the company's row for an address (an old invitation to the claimant), so the claimant can be its member. */
  async deleteRowForEmail(manager: EntityManager, companyId: string, email: string): Promise<void> {
    await manager.query(`DELETE FROM company_members WHERE company_id = $1 AND email = $2`, [companyId, email]);
  }

  /**
   * Ends the sign-in sessions of the accounts that lost the company: an account recruits for one company, so its
   * sessions were that company's. Access tokens still alive find no membership on their next request.
   */
  async revokeSessions(manager: EntityManager, accountIds: readonly string[], at: Date): Promise<void> {
    if (accountIds.length === 0) return;
    await manager.query(`UPDATE refresh_tokens SET revoked_at = $2 WHERE account_id = ANY($1::uuid[]) AND revoked_at IS NULL`, [[...accountIds], at]);
  }
}
