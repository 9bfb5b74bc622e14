/** Refresh tokens, kept only as hashes, in families: one family per sign-in, rotated on every refresh. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { RefreshTokenEntity } from '@jumush/server/database';

export type NewRefreshTokenRow = Pick<RefreshTokenEntity, 'accountId' | 'familyId' | 'tokenHash' | 'expiresAt'>;

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

  async insert(row: NewRefreshTokenRow): Promise<void> {
    await this.dataSource.manager.insert(RefreshTokenEntity, row);
  }
}
