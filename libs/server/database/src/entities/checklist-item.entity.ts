import { Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ChecklistItemKind, ChecklistItemStatus } from '@jumush/domain';

/** One item of a candidate's pre-departure checklist (passport, medical certificate, …). */
@Entity({ name: 'checklist_items' })
@Index('checklist_items_profile_kind_unique', ['profileId', 'kind'], {
  unique: true,
})
export class ChecklistItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'profile_id', type: 'uuid' })
  profileId!: string;

  @Column({
    type: 'enum',
    enum: ChecklistItemKind,
    enumName: 'checklist_item_kind',
  })
  kind!: ChecklistItemKind;

  @Column({
    type: 'enum',
    enum: ChecklistItemStatus,
    enumName: 'checklist_item_status',
    default: ChecklistItemStatus.NotStarted,
  })
  status!: ChecklistItemStatus;

  @Column({ name: 'completed_on', type: 'date', nullable: true })
  completedOn!: string | null;

  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil!: string | null;

  @Column({
    name: 'document_key',
    type: 'varchar',
    length: 255,
    nullable: true,
  })
  documentKey!: string | null;

  @Column({
    name: 'document_type',
    type: 'varchar',
    length: 64,
    nullable: true,
  })
  documentType!: string | null;

  /** Counts against the account's document quota; null for documents uploaded before sizes were recorded. */
  @Column({ name: 'document_size_bytes', type: 'int', nullable: true })
  documentSizeBytes!: number | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
