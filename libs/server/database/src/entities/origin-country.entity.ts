import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A country migrants come from, whose labour attaché approves their recruitment. */
@Entity({ name: 'origin_countries' })
export class OriginCountryEntity {
  /** ISO 3166-1 alpha-2, e.g. KG. */
  @PrimaryColumn({ type: 'char', length: 2 })
  code!: string;

  /** Name by locale, e.g. { ky: 'Кыргызстан', ru: 'Киргизия', uz: 'Qirgʻiziston', tg: 'Қирғизистон', en: 'Kyrgyzstan' }. */
  @Column({ type: 'jsonb' })
  names!: Record<string, string>;

  @Column({ type: 'boolean', default: true })
  active!: boolean;
}
