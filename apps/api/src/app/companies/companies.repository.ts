/**
 * The only code that reads and writes companies, their recruiters (members and invitations) and their documents.
 * Methods that are part of a decision take the caller's EntityManager, so the change and its audit event commit together.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, Not, type DataSource, type EntityManager } from 'typeorm';
import type { CreateCompanyDto } from '@jumush/contracts';
import type { CompanyStatus } from '@jumush/domain';
import { AccountEntity, CompanyDocumentEntity, CompanyEntity, CompanyMemberEntity, queryRows } from '@jumush/server/database';

export type NewCompany = CreateCompanyDto & { status: CompanyStatus; statusReason: string | null };

export type NewCompanyMember = Pick<CompanyMemberEntity, 'companyId' | 'accountId' | 'email' | 'owner' | 'acceptedAt' | 'invitedBy'> &
  Partial<Pick<CompanyMemberEntity, 'invitationTokenHash' | 'invitationExpiresAt'>>;

export type NewCompanyDocument = Pick<
  CompanyDocumentEntity,
  'companyId' | 'kind' | 'fileName' | 'contentType' | 'sizeBytes' | 'storageKey' | 'sha256' | 'uploadedBy'
>;

/** A status move: the new status, why, and when. */
export interface CompanyStatusChange {
  status: CompanyStatus;
  statusReason: string | null;
  statusChangedAt: Date;
}

/** One company of the verification queue, with how many documents it uploaded. */
export interface VerificationQueueRow {
  id: string;
  legal_name: string;
  inn: string;
  region_code: string;
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

  /** Moves the company only if it still has the status that was read; false when someone moved it first. */
  async changeStatusIfUnchanged(manager: EntityManager, id: string, from: CompanyStatus, change: CompanyStatusChange): Promise<boolean> {
    const updated = await manager.update(CompanyEntity, { id, status: from }, change);
    return Boolean(updated.affected);
  }

  /** Oldest status change first: whoever waited longest is decided first. */
  verificationQueue(status: CompanyStatus, limit: number, offset: number): Promise<VerificationQueueRow[]> {
    return this.dataSource.query<VerificationQueueRow[]>(
      `SELECT c.id, c.legal_name, c.inn, c.region_code, c.status, c.created_at, c.status_changed_at,
              (SELECT count(*)::int FROM company_documents d WHERE d.company_id = c.id) AS document_count
         FROM companies c WHERE c.status = $1
        ORDER BY c.status_changed_at ASC, c.id ASC
        LIMIT $2 OFFSET $3`,
      [status, limit, offset],
    );
  }

  countByStatus(status: CompanyStatus): Promise<number> {
    return this.dataSource.getRepository(CompanyEntity).countBy({ status });
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
