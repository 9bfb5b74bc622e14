/** The owner's side of API keys: the company's list, a new key (its secret shown once) and revocation, each audited. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { ApiKeysView, ApiKeyView, CreateApiKeyDto, CreatedApiKeyView } from '@jumush/contracts';
import { API_KEYS_PER_COMPANY, apiKeyHint, apiKeyStanding, normalizeScopes, type Actor } from '@jumush/domain';
import { Clock } from '@jumush/server/config';
import type { CompanyEntity } from '@jumush/server/database';
import { AuditService } from '../audit/audit.service';
import { CompanyMembershipService } from '../companies/company-membership.service';
import { ProblemException } from '../http/problem';
import { newApiKeySecret } from './api-key-secrets';
import { ApiKeysRepository, type ApiKeyRow } from './api-keys.repository';

const DAY_MS = 24 * 60 * 60 * 1000;

export function toApiKeyView(row: ApiKeyRow, now: Date): ApiKeyView {
  return {
    id: row.id,
    name: row.name,
    hint: apiKeyHint(row.id),
    scopes: normalizeScopes(row.scopes),
    standing: apiKeyStanding({ revokedAt: row.revoked_at, expiresAt: row.expires_at }, now),
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
  };
}

@Injectable()
export class ApiKeysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly keys: ApiKeysRepository,
    private readonly membership: CompanyMembershipService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Every member sees the company's keys (never a secret); only the owner may change them. */
  async list(actor: Actor): Promise<ApiKeysView> {
    const company = await this.membership.requireCompanyOf(actor);
    const [rows, canManage] = await Promise.all([
      this.keys.listOfCompany(this.dataSource.manager, company.id),
      this.membership.isOwner(actor, company.id),
    ]);
    const now = this.clock.now();
    return { keys: rows.map((row) => toApiKeyView(row, now)), canManage };
  }

  async create(actor: Actor, dto: CreateApiKeyDto): Promise<CreatedApiKeyView> {
    const company = await this.requireOwnedCompany(actor);
    const now = this.clock.now();
    const secret = newApiKeySecret();
    const row = await this.dataSource.transaction(async (manager) => {
      // One company's creations queue here, so two at once cannot both pass the limit.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('api_keys:' || $1))`, [company.id]);
      if ((await this.keys.countActive(manager, company.id)) >= API_KEYS_PER_COMPANY)
        throw new ProblemException(409, {
          code: 'apiKey.tooMany',
          detail: `A company holds at most ${API_KEYS_PER_COMPANY} working API keys: revoke one first.`,
          params: { limit: API_KEYS_PER_COMPANY },
        });
      const scopes = normalizeScopes(dto.scopes);
      const inserted = await this.keys.insert(manager, {
        id: secret.id,
        companyId: company.id,
        name: dto.name,
        scopes,
        secretHash: secret.hash,
        createdBy: actor.id,
        expiresAt: dto.expiresInDays ? new Date(now.getTime() + dto.expiresInDays * DAY_MS) : null,
      });
      await this.audit.record(manager, actor, {
        action: 'apiKey.created',
        subjectType: 'apiKey',
        subjectId: inserted.id,
        data: { companyId: company.id, name: inserted.name, scopes, expiresAt: inserted.expires_at?.toISOString() ?? null },
      });
      return inserted;
    });
    return { key: toApiKeyView(row, now), secret: secret.token };
  }

  /** From now on the key answers 401; revoking a revoked key again changes nothing. */
  async revoke(actor: Actor, id: string): Promise<ApiKeyView> {
    const company = await this.requireOwnedCompany(actor);
    const row = await this.dataSource.transaction(async (manager: EntityManager) => {
      const key = await this.keys.oneOfCompanyForUpdate(manager, company.id, id);
      if (!key) throw new ProblemException(404, { code: 'http.notFound', detail: 'No such API key.' });
      if (key.revoked_at) return key;
      const revoked = await this.keys.revoke(manager, key.id, actor.id);
      await this.audit.record(manager, actor, {
        action: 'apiKey.revoked',
        subjectType: 'apiKey',
        subjectId: key.id,
        data: { companyId: company.id, name: key.name },
      });
      return revoked;
    });
    return toApiKeyView(row, this.clock.now());
  }

  private async requireOwnedCompany(actor: Actor): Promise<CompanyEntity> {
    const company = await this.membership.requireCompanyOf(actor);
    if (!(await this.membership.isOwner(actor, company.id)))
      throw new ProblemException(403, { code: 'apiKey.ownerOnly', detail: "Only the company's owner manages its API keys." });
    return company;
  }
}
