/** The SQL of two-factor sign-in: the account's TOTP columns and its recovery codes (keyed hashes). */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

@Injectable()
export class TwoFactorRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Stores a new, unconfirmed secret; false when two-factor is already on (it is reset, never overwritten). */
  async storePendingSecret(accountId: string, encryptedSecret: string): Promise<boolean> {
    const result = await this.dataSource.query<[unknown, number]>(
      `UPDATE accounts SET totp_secret = $2, totp_last_step = NULL WHERE id = $1 AND totp_enabled_at IS NULL`,
      [accountId, encryptedSecret],
    );
    return result[1] > 0;
  }

  /** Switches two-factor on with the step of the code that confirmed it; false when it already was. */
  async enable(manager: EntityManager, accountId: string, at: Date, step: number): Promise<boolean> {
    const result = await manager.query<[unknown, number]>(
      `UPDATE accounts SET totp_enabled_at = $2, totp_last_step = $3 WHERE id = $1 AND totp_enabled_at IS NULL AND totp_secret IS NOT NULL`,
      [accountId, at, step],
    );
    return result[1] > 0;
  }

  /**
   * Records that the code of `step` was used, only if no code of that step or a later one was: two requests with one
   * code cannot both pass.
   */
  async markStepUsed(accountId: string, step: number): Promise<boolean> {
    const result = await this.dataSource.query<[unknown, number]>(
      `UPDATE accounts SET totp_last_step = $2 WHERE id = $1 AND totp_enabled_at IS NOT NULL AND (totp_last_step IS NULL OR totp_last_step < $2)`,
      [accountId, step],
    );
    return result[1] > 0;
  }

  /** Turns two-factor off: the secret, the replay mark and every recovery code go. False when there is no such account. */
  async clear(manager: EntityManager, accountId: string): Promise<boolean> {
    const result = await manager.query<[unknown, number]>(
      `UPDATE accounts SET totp_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL WHERE id = $1`,
      [accountId],
    );
    await manager.query(`DELETE FROM recovery_codes WHERE account_id = $1`, [accountId]);
    return result[1] > 0;
  }

  /** Replaces the account's recovery codes with these hashes. */
  async replaceRecoveryCodes(manager: EntityManager, accountId: string, hashes: readonly string[]): Promise<void> {
    await manager.query(`DELETE FROM recovery_codes WHERE account_id = $1`, [accountId]);
    await manager.query(`INSERT INTO recovery_codes (account_id, code_hash) SELECT $1, unnest($2::text[])`, [accountId, hashes]);
  }

  /** Uses the recovery code with this hash, once: false when there is none unused. */
  async useRecoveryCode(manager: EntityManager, accountId: string, hash: string, at: Date): Promise<boolean> {
    const result = await manager.query<[unknown, number]>(
      `UPDATE recovery_codes SET used_at = $3 WHERE account_id = $1 AND code_hash = $2 AND used_at IS NULL`,
      [accountId, hash, at],
    );
    return result[1] > 0;
  }

  async recoveryCodesLeft(accountId: string): Promise<number> {
    const rows = await this.dataSource.query<Array<{ left: number }>>(
      `SELECT count(*)::int AS left FROM recovery_codes WHERE account_id = $1 AND used_at IS NULL`,
      [accountId],
    );
    return rows[0]?.left ?? 0;
  }
}
