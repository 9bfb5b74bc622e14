/** Which company an employer account recruits for: the basis of every ownership check on vacancies. */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '@jumush/domain';
import type { CompanyEntity } from '@jumush/server/database';
import { ProblemException } from '../http/problem';
import { CompaniesRepository } from './companies.repository';

@Injectable()
export class CompanyMembershipService {
  constructor(private readonly companies: CompaniesRepository) {}

  /** The company the employer belongs to, or null when it has none yet. */
  companyOf(actor: Actor, manager?: EntityManager): Promise<CompanyEntity | null> {
    return this.companies.companyOfAccount(actor.id, manager);
  }

  /** Like companyOf, but a missing company is a 404 the web can explain ("register your company first"). */
  async requireCompanyOf(actor: Actor, manager?: EntityManager): Promise<CompanyEntity> {
    const company = await this.companyOf(actor, manager);
    if (!company)
      throw new ProblemException(404, {
        code: 'company.none',
        detail: 'Register your company first.',
      });
    return company;
  }

  isOwner(actor: Actor, companyId: string): Promise<boolean> {
    return this.companies.isOwner(actor.id, companyId);
  }
}
