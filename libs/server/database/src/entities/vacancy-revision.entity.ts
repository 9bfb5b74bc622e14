import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { VacancyTermsView } from '@jumush/contracts';
import { VacancyStatus } from '@jumush/domain';

/** The terms of a vacancy as they stood at one version: its history, kept when the terms change. */
@Entity({ name: 'vacancy_revisions' })
@Index('vacancy_revisions_vacancy_version_unique', ['vacancyId', 'version'], {
  unique: true,
})
export class VacancyRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'vacancy_id', type: 'uuid' })
  vacancyId!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'enum', enum: VacancyStatus, enumName: 'vacancy_status' })
  status!: VacancyStatus;

  @Column({ type: 'jsonb' })
  terms!: VacancyTermsView;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
