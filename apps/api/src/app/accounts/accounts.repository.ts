/** Every read and write of the accounts table (and the origin-country check of a new attaché). */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Locale, Role } from '@jumush/domain';
import { AccountEntity } from '@jumush/server/database';

export type NewAccountRow = Pick<
  AccountEntity,
  'role' | 'phone' | 'email' | 'fullName' | 'passwordHash' | 'originCountry' | 'citizenshipConfirmedAt' | 'locale'
> &
  Partial<Pick<AccountEntity, 'emailVerifiedAt' | 'phoneVerifiedAt' | 'coveredRegions'>>;

/** The admin's search of accounts; every part optional. */
export interface AccountSearch {
  page: number;
  pageSize: number;
  /** Part of an e-mail or a name, or a phone number's digits. */
  q?: string;
  role?: Role;
  country?: string;
}

/** `q` as LIKE patterns: the text (wildcards escaped) for e-mail and name, its digits for the phone (when it has some). */
export function accountSearchPatterns(q: string): { text: string; digits: string | null } {
  const escaped = q
    .trim()
    .toLowerCase()
    .replace(/[\\%_]/g, (character) => `\\${character}`);
  // A national form's trunk zero ("0555 …") is not part of the stored international number.
  const digits = q.replace(/\D/g, '').replace(/^0+/, '');
  // A phone is searched by at least three digits, so "2" does not match every number.
  return { text: `%${escaped}%`, digits: digits.length >= 3 ? `%${digits}%` : null };
}

export interface AccountPageRequest {
  page: number;
  pageSize: number;
  role?: Role;
}

@Injectable()
export class AccountsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string): Promise<AccountEntity | null> {
    return this.dataSource.manager.findOneBy(AccountEntity, { id });
  }

  /**
   * Whether an access token still speaks for its account (one primary-key lookup): the account exists and is not
   * disabled, and the sign-in it came from (`sessionId`, its refresh-token family) was not ended. A deleted or
   * disabled account's token, or an ended session's, stops at once. The same row gives what the actor carries beyond
   * the token: whether its e-mail is proven, and the regions an attaché covers.
   */
  async acceptsToken(
    id: string,
    sessionId: string | null,
  ): Promise<{ emailVerified: boolean; coveredRegions: string[] | null; twoFactorEnabled: boolean } | null> {
    const rows: Array<{ email_verified: boolean; covered_regions: string[] | null; two_factor_enabled: boolean }> = await this.dataSource.query(
      `SELECT a.email_verified_at IS NOT NULL AS email_verified, a.covered_regions, a.totp_enabled_at IS NOT NULL AS two_factor_enabled
         FROM accounts a WHERE a.id = $1 AND a.disabled_at IS NULL
          AND ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM refresh_tokens t WHERE t.family_id = $2 AND t.account_id = a.id AND t.revoked_at IS NULL))`,
      [id, sessionId],
    );
    return rows[0]
      ? { emailVerified: rows[0].email_verified, coveredRegions: rows[0].covered_regions, twoFactorEnabled: rows[0].two_factor_enabled }
      : null;
  }

  /** The account, locked until the caller's transaction ends (its e-mail cannot change under a verification). */
  findForUpdate(manager: EntityManager, id: string): Promise<AccountEntity | null> {
    return manager.findOne(AccountEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Marks the e-mail proven (the first proof counts); false when it was already. */
  async markEmailVerified(manager: EntityManager, id: string, at: Date): Promise<boolean> {
    const result = await manager.query<[unknown, number]>(`UPDATE accounts SET email_verified_at = $2 WHERE id = $1 AND email_verified_at IS NULL`, [
      id,
      at,
    ]);
    return result[1] > 0;
  }

  /** Marks the phone number proven (the first proof counts). */
  async markPhoneVerified(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager.query(`UPDATE accounts SET phone_verified_at = $2 WHERE id = $1 AND phone_verified_at IS NULL`, [id, at]);
  }

  /** A new sign-in number, unproven until its code is typed; a taken one fails with PostgreSQL's unique violation. */
  async changePhone(manager: EntityManager, id: string, phone: string, at: Date): Promise<void> {
    await manager.query(`UPDATE accounts SET phone = $2, phone_verified_at = NULL, updated_at = $3 WHERE id = $1`, [id, phone, at]);
  }

  /**
   * Marks the account disabled and ends every sign-in of it (in the caller's transaction); false when there is no
   * such account. A disabled account stays disabled from its first disabling.
   */
  async disable(manager: EntityManager, id: string, at: Date): Promise<boolean> {
    const result = await manager.query<[unknown, number]>(`UPDATE accounts SET disabled_at = coalesce(disabled_at, $2) WHERE id = $1`, [id, at]);
    if (result[1] === 0) return false;
    await manager.query(`UPDATE refresh_tokens SET revoked_at = $2 WHERE account_id = $1 AND revoked_at IS NULL`, [id, at]);
    return true;
  }

  /** Ends every sign-in of the account in the caller's transaction: how many ended; null when there is no such account. */
  async revokeSessions(manager: EntityManager, id: string, at: Date): Promise<number | null> {
    const exists: unknown[] = await manager.query(`SELECT 1 FROM accounts WHERE id = $1 FOR UPDATE`, [id]);
    if (exists.length === 0) return null;
    // Tokens of one sign-in form a family: count sign-ins, not rotated tokens.
    const [{ revoked }] = await manager.query<Array<{ revoked: number }>>(
      `WITH ended AS (UPDATE refresh_tokens SET revoked_at = $2 WHERE account_id = $1 AND revoked_at IS NULL RETURNING family_id)
       SELECT count(DISTINCT family_id)::int AS revoked FROM ended`,
      [id, at],
    );
    return revoked;
  }

  /** Lets a disabled account sign in again (its ended sessions stay ended); false when there is no such account. */
  /** An account's role and supervised countries, locked until the caller's transaction ends; null when there is none. */
  async supervisionForUpdate(manager: EntityManager, id: string): Promise<{ role: Role; supervisedCountries: string[] | null } | null> {
    const rows = await manager.query<Array<{ role: Role; supervised_countries: string[] | null }>>(
      `SELECT role, supervised_countries FROM accounts WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ? { role: rows[0].role, supervisedCountries: rows[0].supervised_countries } : null;
  }

  async setSupervisedCountries(manager: EntityManager, id: string, countries: readonly string[] | null): Promise<void> {
    await manager.query(`UPDATE accounts SET supervised_countries = $2 WHERE id = $1`, [id, countries]);
  }

  async enable(manager: EntityManager, id: string): Promise<boolean> {
    const result = await manager.query<[unknown, number]>(`UPDATE accounts SET disabled_at = NULL WHERE id = $1`, [id]);
    return result[1] > 0;
  }

  /** `email` as stored: trimmed and lower-cased. */
  findByEmail(email: string, manager: EntityManager = this.dataSource.manager): Promise<AccountEntity | null> {
    return manager.findOneBy(AccountEntity, { email });
  }

  /** `phone` as stored: E.164. */
  findByPhone(phone: string): Promise<AccountEntity | null> {
    return this.dataSource.manager.findOneBy(AccountEntity, { phone });
  }

  /** Inserts in the caller's transaction; a taken phone or email fails with PostgreSQL's unique violation. */
  insert(manager: EntityManager, row: NewAccountRow): Promise<AccountEntity> {
    return manager.save(manager.create(AccountEntity, row));
  }

  /** Sets a new password hash in the caller's transaction. */
  async updatePasswordHash(manager: EntityManager, id: string, passwordHash: string, at: Date): Promise<void> {
    await manager.update(AccountEntity, { id }, { passwordHash, updatedAt: at });
  }

  async updateLocale(id: string, locale: Locale): Promise<void> {
    await this.dataSource.manager.update(AccountEntity, { id }, { locale });
  }

  /** The admin's search, newest first (the id breaks ties so pages never overlap). */
  async search({ page, pageSize, q, role, country }: AccountSearch): Promise<{ items: AccountEntity[]; total: number }> {
    const query = this.dataSource.manager.getRepository(AccountEntity).createQueryBuilder('account');
    if (q) {
      const { text, digits } = accountSearchPatterns(q);
      query.andWhere(`(lower(account.email) LIKE :text OR lower(account.full_name) LIKE :text${digits ? ' OR account.phone LIKE :digits' : ''})`, {
        text,
        digits,
      });
    }
    if (role) query.andWhere('account.role = :role', { role });
    if (country) query.andWhere('account.origin_country = :country', { country });
    const [items, total] = await query
      .orderBy('account.created_at', 'DESC')
      .addOrderBy('account.id', 'ASC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items, total };
  }

  /** Newest first; the id breaks ties so pages never overlap. */
  findPage({ page, pageSize, role }: AccountPageRequest): Promise<[AccountEntity[], number]> {
    return this.dataSource.manager.findAndCount(AccountEntity, {
      where: role ? { role } : {},
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
  }
}
