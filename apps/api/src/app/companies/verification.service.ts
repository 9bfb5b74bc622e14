/** The attaché's side of employers: the verification queue and the decisions verify, reject, suspend, reinstate. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Page, VerificationQueueItem } from '@jumush/contracts';
import { CompanyStatus, companyTransition, workflowActorOf, type Actor } from '@jumush/domain';
import { AuditEventEntity, CompanyEntity } from '@jumush/server/database';
import { ApplicationClosureService } from '../applications/application-closure.service';
import { AuditService } from '../audit/audit.service';
import { ProblemException } from '../http/problem';

export const COMPANY_DECISIONS = {
  verify: CompanyStatus.Verified,
  reject: CompanyStatus.Rejected,
  suspend: CompanyStatus.Suspended,
  reinstate: CompanyStatus.Verified,
} as const;
export type CompanyDecision = keyof typeof COMPANY_DECISIONS;

@Injectable()
export class VerificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly closure: ApplicationClosureService,
  ) {}

  /** Oldest first: whoever waited longest is decided first. */
  async queue(status: CompanyStatus, page: number, pageSize: number): Promise<Page<VerificationQueueItem>> {
    const [rows, total] = await Promise.all([
      this.dataSource.query(
        `SELECT c.id, c.legal_name, c.inn, c.region_code, c.status, c.created_at, c.status_changed_at,
                (SELECT count(*)::int FROM company_documents d WHERE d.company_id = c.id) AS document_count
           FROM companies c WHERE c.status = $1
          ORDER BY c.status_changed_at ASC, c.id ASC
          LIMIT $2 OFFSET $3`,
        [status, pageSize, (page - 1) * pageSize],
      ) as Promise<
        Array<{
          id: string;
          legal_name: string;
          inn: string;
          region_code: string;
          status: CompanyStatus;
          created_at: Date;
          status_changed_at: Date;
          document_count: number;
        }>
      >,
      this.dataSource.getRepository(CompanyEntity).countBy({ status }),
    ]);
    return {
      items: rows.map((row) => ({
        id: row.id,
        legalName: row.legal_name,
        inn: row.inn,
        regionCode: row.region_code,
        status: row.status,
        documentCount: row.document_count,
        createdAt: row.created_at.toISOString(),
        statusChangedAt: row.status_changed_at.toISOString(),
      })),
      total,
      page,
      pageSize,
    };
  }

  async find(id: string): Promise<CompanyEntity> {
    const company = await this.dataSource.getRepository(CompanyEntity).findOneBy({ id });
    if (!company)
      throw new ProblemException(404, {
        code: 'http.notFound',
        detail: 'No such company.',
      });
    return company;
  }

  history(companyId: string): Promise<AuditEventEntity[]> {
    return this.dataSource.getRepository(AuditEventEntity).find({
      where: { subjectType: 'company', subjectId: companyId },
      order: { id: 'ASC' },
    });
  }

  /**
   * Applies a decision if the company's workflow allows it from its current status. The update is
   * conditional on that status, so two officials deciding at once cannot both succeed.
   */
  async decide(actor: Actor, id: string, decision: CompanyDecision, reason?: string): Promise<CompanyEntity> {
    const company = await this.find(id);
    const to = COMPANY_DECISIONS[decision];
    const workflowActor = workflowActorOf(actor.role);
    const result = workflowActor
      ? companyTransition(company.status, to, workflowActor, reason)
      : ({ ok: false, reason: 'transition.actorNotAllowed' } as const);
    if (!result.ok) {
      if (result.reason === 'transition.reasonRequired') {
        throw new ProblemException(400, {
          code: 'validation.failed',
          errors: [
            {
              field: 'reason',
              code: 'validation.isNotEmpty',
              message: 'Say why.',
            },
          ],
        });
      }
      throw new ProblemException(409, {
        code: result.reason,
        detail: `Cannot ${decision} a ${company.status} company.`,
      });
    }
    return this.dataSource.transaction(async (manager) => {
      const updated = await manager.update(
        CompanyEntity,
        { id, status: company.status },
        {
          status: to,
          statusReason: reason ?? null,
          statusChangedAt: new Date(),
        },
      );
      if (!updated.affected)
        throw new ProblemException(409, {
          code: 'transition.conflict',
          detail: 'Someone decided this company meanwhile; reload it.',
        });
      await this.audit.record(manager, actor, {
        action: `company.${decision}`,
        subjectType: 'company',
        subjectId: id,
        reason: reason ?? null,
        data: { from: company.status, to },
      });
      // A suspended employer recruits no one: its open applications end now, and candidates are told.
      if (to === CompanyStatus.Suspended) await this.closure.closeOpenApplications(manager, { companyId: id }, 'employerSuspended');
      return manager.findOneByOrFail(CompanyEntity, { id });
    });
  }
}
