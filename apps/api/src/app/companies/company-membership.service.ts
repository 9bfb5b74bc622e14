/** Which company an employer account recruits for: the basis of every ownership check on vacancies. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '@jumush/domain';
import { CompanyEntity, CompanyMemberEntity } from '@jumush/server/database';
import { ProblemException } from '../http/problem';

@Injectable()
export class CompanyMembershipService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The company the employer belongs to, or null when it has none yet. */
  async companyOf(actor: Actor, manager: EntityManager = this.dataSource.manager): Promise<CompanyEntity | null> {
    const membership = await manager.findOne(CompanyMemberEntity, {
      where: { accountId: actor.id },
      relations: { company: true },
    });
    return membership?.company ?? null;
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

  async isOwner(actor: Actor, companyId: string): Promise<boolean> {
    return this.dataSource.getRepository(CompanyMemberEntity).exists({ where: { accountId: actor.id, companyId, owner: true } });
  }
}
