import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AccountEntity } from './account.entity';
import { CompanyEntity } from './company.entity';

/**
 * A recruiter of a company. The owner registered it; colleagues are invited by e-mail and become members when the
 * invited, verified account accepts through the invitation's own token (only its hash is kept here).
 */
@Entity({ name: 'company_members' })
@Index('company_members_company_email_unique', ['companyId', 'email'], {
  unique: true,
})
export class CompanyMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'company_id', type: 'uuid' })
  companyId!: string;

  @ManyToOne(() => CompanyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id' })
  company?: CompanyEntity;

  /** An account recruits for one company at most. */
  @Index('company_members_account_unique', {
    unique: true,
    where: `"account_id" IS NOT NULL`,
  })
  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  accountId!: string | null;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: AccountEntity;

  @Index('company_members_email_idx')
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'boolean', default: false })
  owner!: boolean;

  @Column({ name: 'invited_by', type: 'uuid', nullable: true })
  invitedBy!: string | null;

  /** Who invited (no foreign key: the invitation outlives nothing of the inviter's, it only names them). */
  @ManyToOne(() => AccountEntity, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'invited_by' })
  inviter?: AccountEntity;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Index('company_members_invitation_token_unique', { unique: true, where: `"invitation_token_hash" IS NOT NULL` })
  @Column({ name: 'invitation_token_hash', type: 'char', length: 64, nullable: true })
  invitationTokenHash!: string | null;

  @Column({ name: 'invitation_expires_at', type: 'timestamptz', nullable: true })
  invitationExpiresAt!: Date | null;

  /** An owner revoked the invitation: its link stops working. */
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
