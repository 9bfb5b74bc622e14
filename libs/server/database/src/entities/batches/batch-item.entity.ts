import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ApplicationEntity } from '../application.entity';
import { BatchEntity } from './batch.entity';

/** One application in a batch, with the flags shown to the attaché and the decision on it. */
@Entity({ name: 'batch_items' })
// An application is in at most one open batch; `open` turns false when its batch is decided.
@Index('batch_items_open_application_unique', ['applicationId'], {
  unique: true,
  where: `"open"`,
})
export class BatchItemEntity {
  @PrimaryColumn({ name: 'batch_id', type: 'uuid' })
  batchId!: string;

  @ManyToOne(() => BatchEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'batch_id' })
  batch?: BatchEntity;

  @PrimaryColumn({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id' })
  application?: ApplicationEntity;

  @Column({ type: 'boolean', default: true })
  open!: boolean;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  flags!: string[];

  @Column({ type: 'varchar', length: 16, nullable: true })
  decision!: 'APPROVED' | 'REFUSED' | null;

  @Column({
    name: 'refusal_reason',
    type: 'varchar',
    length: 32,
    nullable: true,
  })
  refusalReason!: string | null;

  @Column({ name: 'refusal_text', type: 'text', nullable: true })
  refusalText!: string | null;
}
