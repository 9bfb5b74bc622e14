import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** The federal МРОТ (no region) or a region's minimum wage from a date, with the legal act that sets it; edited by the admin. */
@Entity({ name: 'minimum_wages' })
@Check('minimum_wages_positive', '"monthly_roubles" > 0')
// One row per region and date: unique on coalesce(region_code, ''), effective_from (see the MinimumWages migration).
@Index('minimum_wages_region_date_unique', { synchronize: false })
export class MinimumWageEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'minimum_wages_pkey' })
  id!: string;

  /** Tax-service code of the federal subject; null for the federal МРОТ. */
  @Column({ name: 'region_code', type: 'varchar', length: 2, nullable: true })
  regionCode!: string | null;

  @Column({ name: 'monthly_roubles', type: 'integer' })
  monthlyRoubles!: number;

  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom!: string;

  @Column({ type: 'varchar', length: 300 })
  source!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
