/** The `one_time_secrets` table: only hashes, one live secret per account and purpose. */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OneTimeSecretForm, OneTimeSecretPurpose } from '@jumush/domain';

export interface OneTimeSecretRow {
  id: string;
  account_id: string;
  purpose: OneTimeSecretPurpose;
  form: OneTimeSecretForm;
  secret_hash: string;
  subject: string | null;
  expires_at: Date;
  used_at: Date | null;
  failed_attempts: number;
}

export interface NewOneTimeSecret {
  accountId: string;
  purpose: OneTimeSecretPurpose;
  form: OneTimeSecretForm;
  secretHash: string;
  subject: string | null;
  createdAt: Date;
  expiresAt: Date;
}

@Injectable()
export class OneTimeSecretsRepository {
  /** Replaces the account's live secret of this purpose (the old one stops working) with a new one. */
  async replace(manager: EntityManager, secret: NewOneTimeSecret): Promise<void> {
    await manager.query(`DELETE FROM one_time_secrets WHERE account_id = $1 AND purpose = $2 AND used_at IS NULL`, [
      secret.accountId,
      secret.purpose,
    ]);
    await manager.query(
      `INSERT INTO one_time_secrets (account_id, purpose, form, secret_hash, subject, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [secret.accountId, secret.purpose, secret.form, secret.secretHash, secret.subject, secret.createdAt, secret.expiresAt],
    );
  }

  /** A link's row by its hash, locked until the caller's transaction ends (two clicks use it once). */
  async findLinkForUpdate(manager: EntityManager, purpose: OneTimeSecretPurpose, secretHash: string): Promise<OneTimeSecretRow | null> {
    const rows: OneTimeSecretRow[] = await manager.query(
      `SELECT * FROM one_time_secrets WHERE form = 'LINK' AND purpose = $1 AND secret_hash = $2 FOR UPDATE`,
      [purpose, secretHash],
    );
    return rows[0] ?? null;
  }

  /** The account's newest code of this purpose, locked (concurrent guesses count one by one). */
  async findNewestCodeForUpdate(manager: EntityManager, accountId: string, purpose: OneTimeSecretPurpose): Promise<OneTimeSecretRow | null> {
    const rows: OneTimeSecretRow[] = await manager.query(
      `SELECT * FROM one_time_secrets WHERE form = 'CODE' AND account_id = $1 AND purpose = $2 ORDER BY created_at DESC LIMIT 1 FOR UPDATE`,
      [accountId, purpose],
    );
    return rows[0] ?? null;
  }

  async markUsed(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager.query(`UPDATE one_time_secrets SET used_at = $2 WHERE id = $1`, [id, at]);
  }

  /** Counts a wrong code; returns the attempts counted so far. */
  async countFailedAttempt(manager: EntityManager, id: string): Promise<number> {
    const [rows]: [Array<{ failed_attempts: number }>, number] = await manager.query(
      `UPDATE one_time_secrets SET failed_attempts = failed_attempts + 1 WHERE id = $1 RETURNING failed_attempts`,
      [id],
    );
    return rows[0].failed_attempts;
  }

  /** Ends every live secret of the account (all purposes, or one). */
  async revokeAll(manager: EntityManager, accountId: string, at: Date, purpose: OneTimeSecretPurpose | null = null): Promise<void> {
    await manager.query(
      `UPDATE one_time_secrets SET used_at = $2 WHERE account_id = $1 AND used_at IS NULL AND ($3::varchar IS NULL OR purpose = $3)`,
      [accountId, at, purpose],
    );
  }
}
