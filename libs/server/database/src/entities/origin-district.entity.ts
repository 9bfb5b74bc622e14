import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OriginRegionEntity } from './origin-region.entity';

/** A district of an origin region, where the country's districts are listed (a city or an unlisted country has none). */
@Entity({ name: 'origin_districts' })
@Index('origin_districts_region_idx', ['regionCode', 'position'])
export class OriginDistrictEntity {
  /** The region's code and the district's name in Latin letters, e.g. KG-C-ALAMUDUN. */
  @PrimaryColumn({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode!: string;

  @ManyToOne(() => OriginRegionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_code' })
  region?: OriginRegionEntity;

  @Column({ type: 'jsonb' })
  names!: Record<string, string>;

  @Column({ type: 'integer' })
  position!: number;
}
