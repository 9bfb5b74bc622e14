import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The approval letter of one approved application; its unguessable code is checked on the public verification page. */
@Entity({ name: 'approval_letters' })
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

  @CreateDateColumn({ name: 'issued_at', type: 'timestamptz' })
  issuedAt!: Date;
}
