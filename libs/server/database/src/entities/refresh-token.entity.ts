import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AccountEntity } from './account.entity';

/**
 * One issued refresh token (only its hash is kept). Tokens of one sign-in share a family:
 * presenting an already rotated token revokes the whole family (a stolen token was replayed).
 */
@Entity({ name: 'refresh_tokens' })
export class RefreshTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('refresh_tokens_account_idx')
  @Column({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: AccountEntity;

  @Index('refresh_tokens_family_idx')
  @Column({ name: 'family_id', type: 'uuid' })
  familyId!: string;

  @Index('refresh_tokens_hash_unique', { unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  /** When the family's sign-in happened: the session's absolute lifetime (REFRESH_SESSION_MAX_DAYS) counts from here. */
  @Column({ name: 'family_started_at', type: 'timestamptz', default: () => 'now()' })
  familyStartedAt!: Date;

  /** The device that signed in, as its browser names itself (shown in the sessions list). */
  @Column({ name: 'user_agent', type: 'varchar', length: 256, nullable: true })
  userAgent!: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'rotated_at', type: 'timestamptz', nullable: true })
  rotatedAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
