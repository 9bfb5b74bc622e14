/** An employer's own company: registration and resubmission after a rejection (colleagues: company-invitations.service.ts). */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { CompanyView, CreateCompanyDto } from '@jumush/contracts';
import { COMPANY_VERIFICATION, CompanyStatus, WorkflowActor, registrationProblem, sourcesOf, type Actor } from '@jumush/domain';
import { Clock } from '@jumush/server/config';
import { uniqueViolationOf, type CompanyEntity } from '@jumush/server/database';
import { AuditService } from '../audit/audit.service';
import { ProblemException } from '../http/problem';
import { refusedTransitionProblem } from '../http/transition-problem';
import { CompaniesRepository } from './companies.repository';
import { CompanyMembershipService } from './company-membership.service';
import { toCompanyView } from './company-views';
import { VerificationDeadlinesService } from './verification-deadlines.service';

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
    private readonly deadlines: VerificationDeadlinesService,
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
        const company = await this.companies.insertCompany(manager, dto);
        const submittedAt = this.clock.now();
        const countries = await this.companies.insertPendingCountries(manager, company.id, submittedAt);
        await this.deadlines.schedule(manager, company, countries, submittedAt);
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
      return toCompanyView(company, await this.companies.countryStatusesOf(company.id), []);
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

  /** Corrected documents go back to every country whose attaché rejected them (REJECTED → PENDING there). */
  async resubmit(actor: Actor): Promise<CompanyView> {
    const company = await this.membership.requireCompanyOf(actor);
    await this.dataSource.transaction(async (manager) => {
      const from = sourcesOf(COMPANY_VERIFICATION, 'resubmit', WorkflowActor.Employer);
      const resubmittedAt = this.clock.now();
      const countries = await this.companies.resubmitCountries(manager, company.id, from, resubmittedAt);
      if (countries.length === 0) throw refusedTransitionProblem('transition.illegal', 'No country rejected this company: nothing to resubmit.');
      await this.deadlines.schedule(manager, company, countries, resubmittedAt);
      await this.audit.record(manager, actor, {
        action: 'company.resubmitted',
        subjectType: 'company',
        subjectId: company.id,
        data: { countries, from, to: CompanyStatus.Pending },
      });
    });
    return this.withDocuments(company);
  }

  /** The company with its documents (after joining it, for instance). */
  async viewOf(companyId: string): Promise<CompanyView> {
    const company = await this.companies.findById(companyId);
    if (!company) throw new ProblemException(404, { code: 'http.notFound', detail: 'No such company.' });
    return this.withDocuments(company);
  }

  private async withDocuments(company: CompanyEntity): Promise<CompanyView> {
    const [countries, documents] = await Promise.all([this.companies.countryStatusesOf(company.id), this.companies.documentsOf(company.id)]);
    return toCompanyView(company, countries, documents);
  }
}
