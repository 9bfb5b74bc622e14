import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OriginCountryEntity } from './origin-country.entity';

/** A first-level unit of an origin country (ISO 3166-2 code), where migrants' homes are recorded. */
@Entity({ name: 'origin_regions' })
@Index('origin_regions_country_idx', ['country', 'position'])
export class OriginRegionEntity {
  /** ISO 3166-2, e.g. KG-C. */
  @PrimaryColumn({ type: 'varchar', length: 12 })
  code!: string;

  @Column({ type: 'char', length: 2 })
  country!: string;

  @ManyToOne(() => OriginCountryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'country' })
  originCountry?: OriginCountryEntity;

  /** oblast, city, republic, autonomousOblast or republicanDistricts (OriginRegionKind). */
  @Column({ type: 'varchar', length: 24 })
  kind!: string;

  /** Name by locale, all five. */
  @Column({ type: 'jsonb' })
  names!: Record<string, string>;

  /** The order the country lists its regions in. */
  @Column({ type: 'integer' })
  position!: number;
}
