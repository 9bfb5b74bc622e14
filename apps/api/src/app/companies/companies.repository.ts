/**
 * The only code that reads and writes companies, their recruiters (members and invitations) and their documents.
 * Methods that are part of a decision take the caller's EntityManager, so the change and its audit event commit together.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, Not, type DataSource, type EntityManager } from 'typeorm';
import type { CreateCompanyDto } from '@jumush/contracts';
import { CompanyStatus, Role, type SuspensionCategory } from '@jumush/domain';
import {
  AccountEntity,
  CompanyCountryStatusEntity,
  CompanyDocumentEntity,
  CompanyEntity,
  CompanyMemberEntity,
  OriginCountryEntity,
  queryRows,
} from '@jumush/server/database';

export type NewCompany = CreateCompanyDto;

export type NewCompanyMember = Pick<CompanyMemberEntity, 'companyId' | 'accountId' | 'email' | 'owner' | 'acceptedAt' | 'invitedBy'> &
  Partial<Pick<CompanyMemberEntity, 'invitationTokenHash' | 'invitationExpiresAt'>>;

export type NewCompanyDocument = Pick<
  CompanyDocumentEntity,
  'companyId' | 'kind' | 'fileName' | 'contentType' | 'sizeBytes' | 'storageKey' | 'sha256' | 'uploadedBy'
>;

/** A country's status move: the new status, why, when, and whose verification it relied on. */
export interface CompanyStatusChange {
  status: CompanyStatus;
  statusReason: string | null;
  statusChangedAt: Date;
  reliedOnCountry: string | null;
  /** Set with a suspension, cleared by every other move. */
  suspensionCategory: SuspensionCategory | null;
}

/** The admin's global block, set or lifted. */
export interface CompanyBlockChange {
  blockedAt: Date | null;
  blockedReason: string | null;
  blockedCategory: SuspensionCategory | null;
}

/** One company of a country's verification queue, with how many documents it uploaded. */
export interface VerificationQueueRow {
  id: string;
  legal_name: string;
  inn: string;
  region_code: string;
  country: string;
  status: CompanyStatus;
  created_at: Date;
  status_changed_at: Date;
  document_count: number;
}

@Injectable()
export class CompaniesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<CompanyEntity | null> {
    return manager.findOneBy(CompanyEntity, { id });
  }

  /** A company known to exist (read back after a change in the same transaction). */
  getById(id: string, manager: EntityManager): Promise<CompanyEntity> {
    return manager.findOneByOrFail(CompanyEntity, { id });
  }

  /** The company an account recruits for (invitations it has not accepted do not count), or null. */
  async companyOfAccount(accountId: string, manager: EntityManager = this.dataSource.manager): Promise<CompanyEntity | null> {
    const membership = await manager.findOne(CompanyMemberEntity, { where: { accountId }, relations: { company: true } });
    return membership?.company ?? null;
  }

  isOwner(accountId: string, companyId: string): Promise<boolean> {
    return this.dataSource.getRepository(CompanyMemberEntity).exists({ where: { accountId, companyId, owner: true } });
  }

  /** The e-mail address of an account (it exists: the caller is signed in with it). */
  async accountEmail(accountId: string, manager: EntityManager = this.dataSource.manager): Promise<string | null> {
    return (await manager.findOneByOrFail(AccountEntity, { id: accountId })).email;
  }

  insertCompany(manager: EntityManager, company: NewCompany): Promise<CompanyEntity> {
    return manager.save(manager.create(CompanyEntity, company));
  }

  /** A member or an invitation (accountId null until accepted). */
  insertMember(manager: EntityManager, member: NewCompanyMember): Promise<CompanyMemberEntity> {
    return manager.save(manager.create(CompanyMemberEntity, member));
  }

  /**
   * A company is PENDING in every enabled origin country from its registration on: each attaché decides for theirs.
   * The countries added, pending since `at` (now when not given).
   */
  async insertPendingCountries(manager: EntityManager, companyId: string, at: Date | null = null): Promise<string[]> {
    const rows = await queryRows<{ country: string }>(
      manager,
      `INSERT INTO company_country_statuses (company_id, country, status, status_changed_at)
       SELECT $1, code, $2, COALESCE($3::timestamptz, now()) FROM origin_countries WHERE active ON CONFLICT DO NOTHING RETURNING country`,
      [companyId, CompanyStatus.Pending, at],
    );
    return rows.map((row) => row.country).sort();
  }

  /** The attachés of a country still able to sign in (any region: a company's verification is the whole country's). */
  async attachesOf(manager: EntityManager, country: string): Promise<string[]> {
    const rows = await queryRows<{ id: string }>(
      manager,
      `SELECT id::text AS id FROM accounts WHERE role = $2 AND disabled_at IS NULL AND origin_country = $1 ORDER BY id`,
      [country, Role.Attache],
    );
    return rows.map((row) => row.id);
  }

  /** Every country's decision on the company, in code order (a country enabled later gets its PENDING row at its first decision). */
  countryStatusesOf(companyId: string, manager: EntityManager = this.dataSource.manager): Promise<CompanyCountryStatusEntity[]> {
    return manager.find(CompanyCountryStatusEntity, { where: { companyId }, order: { country: 'ASC' } });
  }

  /** Whether a country is one migrants may come from. */
  isActiveCountry(code: string): Promise<boolean> {
    return this.dataSource.getRepository(OriginCountryEntity).existsBy({ code, active: true });
  }

  /** Moves one country's status only if it is still the one that was read; false when someone moved it first. */
  async changeCountryStatusIfUnchanged(
    manager: EntityManager,
    companyId: string,
    country: string,
    from: CompanyStatus,
    change: CompanyStatusChange,
  ): Promise<boolean> {
    const updated = await manager.update(CompanyCountryStatusEntity, { companyId, country, status: from }, change);
    return Boolean(updated.affected);
  }

  /** Sets or lifts the admin's block only if it is still as read (blocked or not); false when someone changed it first. */
  async changeBlockIfUnchanged(manager: EntityManager, companyId: string, wasBlocked: boolean, change: CompanyBlockChange): Promise<boolean> {
    const rows = await queryRows<{ id: string }>(
      manager,
      `UPDATE companies SET blocked_at = $2, blocked_reason = $3, blocked_category = $5, updated_at = now()
        WHERE id = $1 AND (blocked_at IS NOT NULL) = $4 RETURNING id`,
      [companyId, change.blockedAt, change.blockedReason, wasBlocked, change.blockedCategory],
    );
    return rows.length > 0;
  }

  /** Resubmitted documents go back to PENDING in every country whose status is one of `from`; the countries moved. */
  async resubmitCountries(manager: EntityManager, companyId: string, from: readonly CompanyStatus[], at: Date): Promise<string[]> {
    const rows = await queryRows<{ country: string }>(
      manager,
      `UPDATE company_country_statuses SET status = $2, status_reason = NULL, status_changed_at = $4, relied_on_country = NULL, suspension_category = NULL
        WHERE company_id = $1 AND status = ANY($3::company_status[]) RETURNING country`,
      [companyId, CompanyStatus.Pending, from, at],
    );
    return rows.map((row) => row.country).sort();
  }

  /** A country's queue (every country's when null), oldest status change first: whoever waited longest is decided first. */
  verificationQueue(country: string | null, status: CompanyStatus, limit: number, offset: number): Promise<VerificationQueueRow[]> {
    return this.dataSource.query<VerificationQueueRow[]>(
      `SELECT c.id, c.legal_name, c.inn, c.region_code, s.country, s.status, c.created_at, s.status_changed_at,
              (SELECT count(*)::int FROM company_documents d WHERE d.company_id = c.id) AS document_count
         FROM company_country_statuses s JOIN companies c ON c.id = s.company_id
        WHERE s.status = $1 AND ($4::char(2) IS NULL OR s.country = $4)
        ORDER BY s.status_changed_at ASC, c.id ASC, s.country ASC
        LIMIT $2 OFFSET $3`,
      [status, limit, offset, country],
    );
  }

  countByStatus(country: string | null, status: CompanyStatus): Promise<number> {
    return this.dataSource.getRepository(CompanyCountryStatusEntity).countBy({ status, ...(country === null ? {} : { country }) });
  }

  /** Documents in the order they were uploaded. */
  documentsOf(companyId: string, manager: EntityManager = this.dataSource.manager): Promise<CompanyDocumentEntity[]> {
    return manager.find(CompanyDocumentEntity, { where: { companyId }, order: { uploadedAt: 'ASC' } });
  }

  insertDocument(manager: EntityManager, document: NewCompanyDocument): Promise<CompanyDocumentEntity> {
    return manager.save(manager.create(CompanyDocumentEntity, document));
  }

  /** Holds the company's row until the transaction ends: one document upload at a time per company, so the quota adds up. */
  async lockCompany(manager: EntityManager, companyId: string): Promise<void> {
    await manager.query(`SELECT 1 FROM companies WHERE id = $1 FOR UPDATE`, [companyId]);
  }

  async deleteDocuments(manager: EntityManager, ids: readonly string[]): Promise<void> {
    if (ids.length > 0) await manager.delete(CompanyDocumentEntity, { id: In([...ids]) });
  }

  findDocument(companyId: string, documentId: string): Promise<CompanyDocumentEntity | null> {
    return this.dataSource.getRepository(CompanyDocumentEntity).findOneBy({ id: documentId, companyId });
  }

  /** The accounts of the company's members (accepted invitations only): who hears of decisions on the company. */
  async memberAccountIds(manager: EntityManager, companyId: string): Promise<string[]> {
    const rows = await queryRows<{ account_id: string }>(
      manager,
      'SELECT account_id FROM company_members WHERE company_id = $1 AND account_id IS NOT NULL ORDER BY owner DESC, created_at',
      [companyId],
    );
    return rows.map((row) => row.account_id);
  }

  /** Recruiters (accepted memberships), owners first, then in the order they joined; with their accounts. */
  async membersOf(companyId: string, manager: EntityManager = this.dataSource.manager): Promise<Array<CompanyMemberEntity & { accountId: string }>> {
    const members = await manager.find(CompanyMemberEntity, {
      where: { companyId, accountId: Not(IsNull()) },
      relations: { account: true },
      order: { owner: 'DESC', createdAt: 'ASC' },
    });
    return members as Array<CompanyMemberEntity & { accountId: string }>;
  }

  /** Invitations not accepted (open, expired or revoked), newest first, with who sent them. */
  invitationsOf(companyId: string): Promise<CompanyMemberEntity[]> {
    return this.dataSource.getRepository(CompanyMemberEntity).find({
      where: { companyId, accountId: IsNull() },
      relations: { inviter: true },
      order: { createdAt: 'DESC' },
    });
  }

  /** One row of the company (member or invitation), locked until the caller's transaction ends. */
  findMemberForUpdate(manager: EntityManager, companyId: string, id: string): Promise<CompanyMemberEntity | null> {
    return manager.findOne(CompanyMemberEntity, { where: { id, companyId }, lock: { mode: 'pessimistic_write' } });
  }

  /** The company's row for an address (member or invitation), locked. */
  findByEmailForUpdate(manager: EntityManager, companyId: string, email: string): Promise<CompanyMemberEntity | null> {
    return manager.findOne(CompanyMemberEntity, { where: { companyId, email }, lock: { mode: 'pessimistic_write' } });
  }

  /** The invitation a token's hash names, locked (two clicks accept it once); with its company and inviter. */
  async invitationByTokenHash(
    tokenHash: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<CompanyMemberEntity | null> {
    const invitation = await manager.findOne(CompanyMemberEntity, {
      where: { invitationTokenHash: tokenHash },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const, tables: ['company_members'] } } : {}),
    });
    if (!invitation) return null;
    invitation.company = (await manager.findOneBy(CompanyEntity, { id: invitation.companyId })) ?? undefined;
    invitation.inviter = invitation.invitedBy ? ((await manager.findOneBy(AccountEntity, { id: invitation.invitedBy })) ?? undefined) : undefined;
    return invitation;
  }

  /** Owners the company has now (locked: two owners removing each other cannot both succeed). */
  async ownerCount(manager: EntityManager, companyId: string): Promise<number> {
    const rows = await queryRows<{ id: string }>(
      manager,
      'SELECT id FROM company_members WHERE company_id = $1 AND owner AND account_id IS NOT NULL FOR UPDATE',
      [companyId],
    );
    return rows.length;
  }

  async deleteMember(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(CompanyMemberEntity, { id });
  }

  async updateMember(manager: EntityManager, id: string, changes: Partial<CompanyMemberEntity>): Promise<void> {
    await manager.update(CompanyMemberEntity, { id }, changes);
  }

  /** The account with an address, if any (an invitation names its account when there is one). */
  accountByEmail(manager: EntityManager, email: string): Promise<AccountEntity | null> {
    return manager.findOneBy(AccountEntity, { email });
  }

  accountById(manager: EntityManager, id: string): Promise<AccountEntity | null> {
    return manager.findOneBy(AccountEntity, { id });
  }
}
