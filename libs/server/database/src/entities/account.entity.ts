import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Locale, Role } from '@jumush/domain';

/** A person who signs in: migrant, employer recruiter, attaché staff or admin. */
@Entity({ name: 'accounts' })
@Check('accounts_has_login', `"phone" IS NOT NULL OR "email" IS NOT NULL`)
@Check('accounts_attache_has_country', `"role" <> 'ATTACHE' OR "origin_country" IS NOT NULL`)
@Check('accounts_totp_enabled_has_secret', `"totp_enabled_at" IS NULL OR "totp_secret" IS NOT NULL`)
@Check('accounts_covered_regions_of_attache', `"covered_regions" IS NULL OR ("role" = 'ATTACHE' AND cardinality("covered_regions") > 0)`)
@Check('accounts_supervised_countries_of_admin', `"supervised_countries" IS NULL OR ("role" = 'ADMIN' AND cardinality("supervised_countries") > 0)`)
export class AccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'enum', enum: Role, enumName: 'account_role' })
  role!: Role;

  @Index('accounts_phone_unique', {
    unique: true,
    where: `"phone" IS NOT NULL`,
  })
  @Column({ type: 'varchar', length: 16, nullable: true })
  phone!: string | null;

  /** Stored lower-cased, so uniqueness is case-insensitive. */
  @Index('accounts_email_unique', {
    unique: true,
    where: `"email" IS NOT NULL`,
  })
  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ name: 'full_name', type: 'varchar', length: 120, nullable: true })
  fullName!: string | null;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  /** The origin country an attaché serves, or a migrant's citizenship (chosen at registration, see CITIZENSHIPS). */
  @Column({ name: 'origin_country', type: 'char', length: 2, nullable: true })
  originCountry!: string | null;

  /** The Russian regions (RUSSIAN_REGIONS codes) a region-scoped attaché covers; null: all of Russia. */
  @Column({ name: 'covered_regions', type: 'text', array: true, nullable: true })
  coveredRegions!: string[] | null;

  /** The origin countries an admin supervises: their overdue items escalate to it. Null: none in particular. */
  @Column({ name: 'supervised_countries', type: 'text', array: true, nullable: true })
  supervisedCountries!: string[] | null;

  /** When the migrant chose or confirmed their citizenship; null for a citizenship guessed before it was asked. */
  @Column({ name: 'citizenship_confirmed_at', type: 'timestamptz', nullable: true })
  citizenshipConfirmedAt!: Date | null;

  @Column({ type: 'varchar', length: 5, default: Locale.Russian })
  locale!: Locale;

  /** When the account proved its e-mail address (a verification link); an employer acts only once it is set. */
  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt!: Date | null;

  /** When the migrant proved the phone number (an SMS code); until then no SMS but the code goes to it, and no application. */
  @Column({ name: 'phone_verified_at', type: 'timestamptz', nullable: true })
  phoneVerifiedAt!: Date | null;

  /** Set by an admin: the account can no longer sign in, and its tokens are refused at once. */
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  /** The TOTP shared secret (base32), encrypted with the field cipher; set at enrolment, confirmed by `totpEnabledAt`. */
  @Column({ name: 'totp_secret', type: 'text', nullable: true })
  totpSecret!: string | null;

  /** When two-factor sign-in was switched on (a code from the app confirmed the secret); null: off. */
  @Column({ name: 'totp_enabled_at', type: 'timestamptz', nullable: true })
  totpEnabledAt!: Date | null;

  /** The last TOTP time step whose code was accepted: that code and older ones are refused (bigint: a string). */
  @Column({ name: 'totp_last_step', type: 'bigint', nullable: true })
  totpLastStep!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
