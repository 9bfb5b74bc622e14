import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * An occupation migrants are recruited for (ISCO-08 unit group), as the admin's console edits it; vacancies and
 * candidate profiles name it by code. Never deleted once used: deactivated, it is no longer offered.
 */
@Entity({ name: 'occupations' })
@Check('occupations_code', `"code" ~ '^[1-9][0-9]{3}$'`)
@Index('occupations_position_idx', ['position'])
export class OccupationEntity {
  @PrimaryColumn({ type: 'varchar', length: 4, primaryKeyConstraintName: 'occupations_pkey' })
  code!: string;

  /** OccupationSector: how the exchange groups vacancies for browsing. */
  @Column({ type: 'varchar', length: 24 })
  sector!: string;

  /** Name by locale, all five. */
  @Column({ type: 'jsonb' })
  names!: Record<string, string>;

  /** Other words people use for it, by locale (lists, possibly empty). */
  @Column({ type: 'jsonb' })
  synonyms!: Record<string, string[]>;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** The order the list is offered in (new ones last). */
  @Column({ type: 'integer' })
  position!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
