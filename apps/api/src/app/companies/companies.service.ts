/** An employer's own company: registration and resubmission after a rejection (colleagues: company-invitations.service.ts). */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { CompanyView, CreateCompanyDto } from '@jumush/contracts';
import { CompanyStatus, WorkflowActor, companyTransition, registrationProblem, type Actor } from '@jumush/domain';
import { Clock } from '@jumush/server/config';
import { uniqueViolationOf, type CompanyEntity } from '@jumush/server/database';
import { AuditService } from '../audit/audit.service';
import { ProblemException } from '../http/problem';
import { refusedTransitionProblem } from '../http/transition-problem';
import { CompaniesRepository } from './companies.repository';
import { CompanyMembershipService } from './company-membership.service';
import { toCompanyView } from './company-views';

/** Other contexts (candidates) upload files the same way. */
export type { UploadedFile } from './company-documents.service';

export const ALREADY_MEMBER = () =>
  new ProblemException(409, {
    code: 'company.alreadyMember',
    detail: 'Your account already recruits for a company.',
  });

@Injectable()
export class CompaniesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly companies: CompaniesRepository,
    private readonly membership: CompanyMembershipService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async register(actor: Actor, dto: CreateCompanyDto): Promise<CompanyView> {
    const problem = registrationProblem({ inn: dto.inn, ogrn: dto.ogrn });
    if (problem) {
      const field = problem.startsWith('inn.') ? 'inn' : 'ogrn';
      throw new ProblemException(400, {
        code: 'validation.failed',
        errors: [{ field, code: problem, message: problem }],
      });
    }
    try {
      const company = await this.dataSource.transaction(async (manager) => {
        if (await this.membership.companyOf(actor, manager)) throw ALREADY_MEMBER();
        const email = await this.companies.accountEmail(actor.id, manager);
        const company = await this.companies.insertCompany(manager, {
          ...dto,
          status: CompanyStatus.Pending,
          statusReason: null,
        });
        await this.companies.insertMember(manager, {
          companyId: company.id,
          accountId: actor.id,
          email: email ?? dto.email,
          owner: true,
          acceptedAt: this.clock.now(),
          invitedBy: null,
        });
        await this.audit.record(manager, actor, {
          action: 'company.registered',
          subjectType: 'company',
          subjectId: company.id,
          data: { inn: company.inn, ogrn: company.ogrn },
        });
        return company;
      });
      return toCompanyView(company, []);
    } catch (error) {
      const violation = uniqueViolationOf(error);
      if (violation) {
        const field = violation.constraint === 'companies_ogrn_unique' ? 'ogrn' : 'inn';
        throw new ProblemException(409, {
          code: 'validation.failed',
          detail: 'This company is already registered on Jumush.',
          errors: [
            {
              field,
              code: field === 'inn' ? 'company.innTaken' : 'company.ogrnTaken',
              message: `A company with this ${field.toUpperCase()} is already registered.`,
            },
          ],
        });
      }
      throw error;
    }
  }

  /** The employer's company with its status and documents. */
  async mine(actor: Actor): Promise<CompanyView> {
    return this.withDocuments(await this.membership.requireCompanyOf(actor));
  }

  async resubmit(actor: Actor): Promise<CompanyView> {
    const company = await this.membership.requireCompanyOf(actor);
    const result = companyTransition(company.status, CompanyStatus.Pending, WorkflowActor.Employer);
    if (!result.ok) throw refusedTransitionProblem(result.reason, `A ${company.status} company cannot be resubmitted.`);
    const resubmitted = await this.dataSource.transaction(async (manager) => {
      const moved = await this.companies.changeStatusIfUnchanged(manager, company.id, company.status, {
        status: CompanyStatus.Pending,
        statusReason: null,
        statusChangedAt: this.clock.now(),
      });
      if (!moved)
        throw new ProblemException(409, {
          code: 'transition.conflict',
          detail: 'The company changed meanwhile; reload and try again.',
        });
      await this.audit.record(manager, actor, {
        action: 'company.resubmitted',
        subjectType: 'company',
        subjectId: company.id,
        data: { from: company.status, to: CompanyStatus.Pending },
      });
      return this.companies.getById(company.id, manager);
    });
    return this.withDocuments(resubmitted);
  }

  /** The company with its documents (after joining it, for instance). */
  async viewOf(companyId: string): Promise<CompanyView> {
    const company = await this.companies.findById(companyId);
    if (!company) throw new ProblemException(404, { code: 'http.notFound', detail: 'No such company.' });
    return this.withDocuments(company);
  }

  private async withDocuments(company: CompanyEntity): Promise<CompanyView> {
    return toCompanyView(company, await this.companies.documentsOf(company.id));
  }
}
