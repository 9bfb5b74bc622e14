/** SQL of API keys: the owner's list and changes, the lookup of a presented key, and the record of its uses. */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ApiKeyScope } from '@jumush/domain';
import { queryRows } from '@jumush/server/database';

export interface ApiKeyRow {
  id: string;
  company_id: string;
  name: string;
  scopes: ApiKeyScope[];
  created_by: string;
  created_at: Date;
  expires_at: Date | null;
  revoked_at: Date | null;
  last_used_at: Date | null;
}

/** What authenticating a presented key needs: its hash, and whether its creator still recruits for its company. */
export interface ApiKeyCredentialRow extends ApiKeyRow {
  secret_hash: string;
  creator_active: boolean;
}

export interface NewApiKey {
  id: string;
  companyId: string;
  name: string;
  scopes: readonly ApiKeyScope[];
  secretHash: string;
  createdBy: string;
  expiresAt: Date | null;
}

const COLUMNS = `k.id, k.company_id, k.name, k.scopes, k.created_by, k.created_at, k.expires_at, k.revoked_at, k.last_used_at`;

@Injectable()
export class ApiKeysRepository {
  /** A company's keys, newest first (bounded: a company holds a few dozen at most, revoked ones included). */
  listOfCompany(manager: EntityManager, companyId: string): Promise<ApiKeyRow[]> {
    return queryRows<ApiKeyRow>(manager, `SELECT ${COLUMNS} FROM api_keys k WHERE k.company_id = $1 ORDER BY k.created_at DESC, k.id LIMIT 500`, [
      companyId,
    ]);
  }

  /** Keys of the company that still work (neither revoked nor expired). */
  async countActive(manager: EntityManager, companyId: string): Promise<number> {
    const [row] = await queryRows<{ count: number }>(
      manager,
      `SELECT count(*)::int AS count FROM api_keys WHERE company_id = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())`,
      [companyId],
    );
    return row?.count ?? 0;
  }

  async insert(manager: EntityManager, key: NewApiKey): Promise<ApiKeyRow> {
    const [row] = await queryRows<ApiKeyRow>(
      manager,
      `INSERT INTO api_keys AS k (id, company_id, name, scopes, secret_hash, created_by, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
      [key.id, key.companyId, key.name, key.scopes, key.secretHash, key.createdBy, key.expiresAt],
    );
    return row;
  }

  /** One key of the company, locked until the caller's transaction ends. */
  async oneOfCompanyForUpdate(manager: EntityManager, companyId: string, id: string): Promise<ApiKeyRow | null> {
    const [row] = await queryRows<ApiKeyRow>(manager, `SELECT ${COLUMNS} FROM api_keys k WHERE k.company_id = $1 AND k.id = $2 FOR UPDATE`, [
      companyId,
      id,
    ]);
    return row ?? null;
  }

  async revoke(manager: EntityManager, id: string, revokedBy: string): Promise<ApiKeyRow> {
    const [row] = await queryRows<ApiKeyRow>(
      manager,
      `UPDATE api_keys AS k SET revoked_at = now(), revoked_by = $2 WHERE k.id = $1 RETURNING ${COLUMNS}`,
      [id, revokedBy],
    );
    return row;
  }

  /** The key a presented secret names, by its primary key; a creator gone from the company (or disabled) ends it. */
  async credentials(manager: EntityManager, id: string): Promise<ApiKeyCredentialRow | null> {
    const [row] = await queryRows<ApiKeyCredentialRow>(
      manager,
      `SELECT ${COLUMNS}, k.secret_hash,
              EXISTS (SELECT 1 FROM company_members m JOIN accounts a ON a.id = m.account_id
                       WHERE m.account_id = k.created_by AND m.company_id = k.company_id AND a.disabled_at IS NULL) AS creator_active
         FROM api_keys k WHERE k.id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** When each key was last used (the audit events of the same uses are written in the same transaction). */
  async markUsed(manager: EntityManager, lastUse: ReadonlyMap<string, Date>): Promise<void> {
    if (lastUse.size === 0) return;
    await manager.query(
      `UPDATE api_keys k SET last_used_at = GREATEST(k.last_used_at, u.at)
         FROM unnest($1::uuid[], $2::timestamptz[]) AS u(id, at) WHERE k.id = u.id`,
      [[...lastUse.keys()], [...lastUse.values()]],
    );
  }
}
