import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The approval letter of one approved application; its unguessable code is checked on the public verification page. */
@Entity({ name: 'approval_letters' })
@Check(
  'approval_letters_revocation_category',
  `"revocation_category" IS NULL OR "revocation_category" IN ('FRAUD', 'EMPLOYER_SUSPENDED', 'CANDIDATE_REQUEST', 'OTHER')`,
)
export class ApprovalLetterEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('approval_letters_application_unique', { unique: true })
  @Column({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @Column({ name: 'batch_id', type: 'uuid' })
  batchId!: string;

  @Index('approval_letters_code_unique', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ name: 'decided_on', type: 'date' })
  decidedOn!: string;

  @Column({ type: 'varchar', length: 200 })
  office!: string;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoked_reason', type: 'text', nullable: true })
  revokedReason!: string | null;

  /** LetterRevocationCategory; null on letters an application move revoked (see letterRevocationCategoryOf). */
  @Column({ name: 'revocation_category', type: 'varchar', length: 32, nullable: true })
  revocationCategory!: string | null;

  @Column({ name: 'revoked_by', type: 'uuid', nullable: true })
  revokedBy!: string | null;

  @CreateDateColumn({ name: 'issued_at', type: 'timestamptz' })
  issuedAt!: Date;
}
