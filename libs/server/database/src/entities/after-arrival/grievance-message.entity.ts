import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A message in a grievance, between the migrant and the staff; status changes are messages too (with `move`). */
@Entity({ name: 'grievance_messages' })
@Index('grievance_messages_grievance_idx', ['grievanceId', 'id'])
export class GrievanceMessageEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ name: 'grievance_id', type: 'uuid' })
  grievanceId!: string;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  /** MIGRANT, ATTACHE, ADMIN or SYSTEM. */
  @Column({ name: 'author_role', type: 'varchar', length: 16 })
  authorRole!: string;

  @Column({ type: 'text' })
  body!: string;

  /** The status move this message came with, if any (takeUp, refer, resolve…). */
  @Column({ type: 'varchar', length: 16, nullable: true })
  move!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
