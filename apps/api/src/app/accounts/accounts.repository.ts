/** Every read and write of the accounts table (and the origin-country check of a new attaché). */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Locale, Role } from '@jumush/domain';
import { AccountEntity, OriginCountryEntity } from '@jumush/server/database';

export type NewAccountRow = Pick<
  AccountEntity,
  'role' | 'phone' | 'email' | 'fullName' | 'passwordHash' | 'originCountry' | 'citizenshipConfirmedAt' | 'locale'
>;

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

  /** Whether the account still exists (one primary-key lookup): a deleted account's access token stops at once. */
  async exists(id: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM accounts WHERE id = $1', [id]);
    return rows.length > 0;
  }

  /** `email` as stored: trimmed and lower-cased. */
  findByEmail(email: string): Promise<AccountEntity | null> {
    return this.dataSource.manager.findOneBy(AccountEntity, { email });
  }

  /** `phone` as stored: E.164. */
  findByPhone(phone: string): Promise<AccountEntity | null> {
    return this.dataSource.manager.findOneBy(AccountEntity, { phone });
  }

  async originCountryExists(code: string): Promise<boolean> {
    return (await this.dataSource.manager.findOneBy(OriginCountryEntity, { code })) !== null;
  }

  /** Inserts in the caller's transaction; a taken phone or email fails with PostgreSQL's unique violation. */
  insert(manager: EntityManager, row: NewAccountRow): Promise<AccountEntity> {
    return manager.save(manager.create(AccountEntity, row));
  }

  async updateLocale(id: string, locale: Locale): Promise<void> {
    await this.dataSource.manager.update(AccountEntity, { id }, { locale });
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
