import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A country migrants come from, whose labour attaché approves their recruitment. Everything the exchange needs to know
 * of a country is here (and in its regions): adding one is a data change made in the admin console, never code.
 */
@Entity({ name: 'origin_countries' })
@Check('origin_countries_legal_regime', `"legal_regime" IN ('EAEU', 'PATENT')`)
@Check('origin_countries_calling_code', `"calling_code" ~ '^[1-9][0-9]{0,2}$'`)
export class OriginCountryEntity {
  /** ISO 3166-1 alpha-2, e.g. KG: also the country libphonenumber-js reads its mobile numbers by. */
  @PrimaryColumn({ type: 'char', length: 2 })
  code!: string;

  /** Name by locale, e.g. { ky: 'Кыргызстан', ru: 'Киргизия', uz: 'Qirgʻiziston', tg: 'Қирғизистон', en: 'Kyrgyzstan' }. */
  @Column({ type: 'jsonb' })
  names!: Record<string, string>;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** The international calling code without '+', e.g. 996: shown beside the phone field. */
  @Column({ name: 'calling_code', type: 'varchar', length: 3 })
  callingCode!: string;

  /** A regular expression a normalised foreign passport number of the country matches, e.g. ^[A-Z]{2}\d{7}$. */
  @Column({ name: 'passport_pattern', type: 'varchar', length: 200 })
  passportPattern!: string;

  /** The office that signs approval letters, in Russian (printed on the letter: at most 200 characters). */
  @Column({ name: 'office_name_ru', type: 'varchar', length: 200 })
  officeNameRu!: string;

  /** The same office in the country's language. */
  @Column({ name: 'office_name_local', type: 'varchar', length: 200 })
  officeNameLocal!: string;

  /** The office's address; null until the embassy confirms it. */
  @Column({ name: 'office_address', type: 'varchar', length: 300, nullable: true })
  officeAddress!: string | null;

  /** The title of whoever signs for the office, in Russian, e.g. «Атташе по трудовой миграции». */
  @Column({ name: 'office_signatory_title', type: 'varchar', length: 200 })
  officeSignatoryTitle!: string;

  /** The language the country's migrants are spoken to in by default (a Locale). */
  @Column({ name: 'default_locale', type: 'varchar', length: 2 })
  defaultLocale!: string;

  /** Which of libs/domain's rule sets (LegalRegime) applies to the country's citizens: EAEU or PATENT. */
  @Column({ name: 'legal_regime', type: 'varchar', length: 8 })
  legalRegime!: string;
}
