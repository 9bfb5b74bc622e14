/** Refresh tokens, kept only as hashes, in families: one family per sign-in, rotated on every refresh. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { RefreshTokenEntity } from '@jumush/server/database';

export type NewRefreshTokenRow = Pick<RefreshTokenEntity, 'accountId' | 'familyId' | 'tokenHash' | 'expiresAt' | 'familyStartedAt' | 'userAgent'>;

/** One live sign-in: a token family with a token neither revoked nor expired. */
export interface SessionRow {
  family_id: string;
  user_agent: string | null;
  started_at: Date;
  last_used_at: Date;
  expires_at: Date;
}

@Injectable()
export class RefreshTokensRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findByHash(tokenHash: string): Promise<RefreshTokenEntity | null> {
    return this.dataSource.manager.findOneBy(RefreshTokenEntity, { tokenHash });
  }

  /** The token's row, locked until the caller's transaction ends: two refreshes with one token rotate it once. */
  findByHashForUpdate(manager: EntityManager, tokenHash: string): Promise<RefreshTokenEntity | null> {
    return manager.findOne(RefreshTokenEntity, { where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
  }

  async markRotated(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager.update(RefreshTokenEntity, { id }, { rotatedAt: at });
  }

  /** Revokes every token of the family not revoked yet. */
  async revokeFamily(familyId: string, at: Date, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.update(RefreshTokenEntity, { familyId, revokedAt: IsNull() }, { revokedAt: at });
  }

  /** The account's live sessions, the most recently used first. */
  liveSessions(accountId: string, now: Date): Promise<SessionRow[]> {
    return this.dataSource.query(
      `SELECT family_id, (array_agg(user_agent ORDER BY created_at))[1] AS user_agent, min(family_started_at) AS started_at,
              max(created_at) AS last_used_at, max(expires_at) AS expires_at
         FROM refresh_tokens
        WHERE account_id = $1
        GROUP BY family_id
       HAVING bool_and(revoked_at IS NULL) AND bool_or(rotated_at IS NULL AND expires_at > $2)
        ORDER BY max(created_at) DESC`,
      [accountId, now],
    );
  }

  /** Ends the account's sessions, all of them or all but `keepFamilyId`; returns how many tokens were revoked. */
  async revokeAccountSessions(
    accountId: string,
    at: Date,
    options: { only?: string; keep?: string | null } = {},
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    const result: [unknown, number] = await manager.query(
      `UPDATE refresh_tokens SET revoked_at = $2
        WHERE account_id = $1 AND revoked_at IS NULL AND ($3::uuid IS NULL OR family_id = $3) AND ($4::uuid IS NULL OR family_id <> $4)`,
      [accountId, at, options.only ?? null, options.keep ?? null],
    );
    return result[1];
  }

  async insert(row: NewRefreshTokenRow): Promise<void> {
    await this.dataSource.manager.insert(RefreshTokenEntity, row);
  }
}
