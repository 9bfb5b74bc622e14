/**
 * The attaché's review of vacancies before migrants see them. An attaché sees the vacancies recruiting from their
 * own origin country only (any other is "not found"); admins see all.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Page, VacancyCompanySummary, VacancyReviewItem, VacancyReviewView, VacancyView } from '@jumush/contracts';
import { Role, VacancyStatus, canActForCountry, isVerifiedCompany, type Actor } from '@jumush/domain';
import { CompanyEntity, VacancyEntity } from '@jumush/server/database';
import { ProblemException } from '../http/problem';
import { vacancyHistory } from './employer-vacancies.service';
import { VACANCY_NOT_FOUND, VacancyWorkflow } from './vacancy-workflow.service';
import { toVacancyView } from './vacancy-views';

const MAX_OFFSET = 1_000_000;

function companySummary(company: CompanyEntity): VacancyCompanySummary {
  return {
    id: company.id,
    legalName: company.legalName,
    inn: company.inn,
    status: company.status,
  };
}

function toReviewItem(vacancy: VacancyEntity & { company: CompanyEntity }): VacancyReviewItem {
  return {
    ...toVacancyView(vacancy),
    submittedAt: vacancy.submittedAt?.toISOString() ?? null,
    company: companySummary(vacancy.company),
  };
}

@Injectable()
export class VacancyReviewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workflow: VacancyWorkflow,
  ) {}

  /** Vacancies waiting for review, whoever waited longest first, with the employer and its status. */
  async queue(actor: Actor, page: number, pageSize: number): Promise<Page<VacancyReviewItem>> {
    const scope = actor.role === Role.Admin ? {} : { originCountry: actor.originCountry ?? '--' };
    const offset = (page - 1) * pageSize;
    if (offset > MAX_OFFSET) return { items: [], total: 0, page, pageSize };
    const [items, total] = await this.dataSource.getRepository(VacancyEntity).findAndCount({
      where: { status: VacancyStatus.PendingReview, ...scope },
      relations: { company: true },
      order: { submittedAt: 'ASC', id: 'ASC' },
      skip: offset,
      take: pageSize,
    });
    return {
      items: items.map((vacancy) => toReviewItem(vacancy as VacancyEntity & { company: CompanyEntity })),
      total,
      page,
      pageSize,
    };
  }

  /** Any vacancy of the attaché's country, in any status, with its employer and history. */
  async get(actor: Actor, id: string): Promise<VacancyReviewView> {
    const vacancy = await this.findVisible(actor, id, this.dataSource.manager);
    return {
      ...toReviewItem(vacancy),
      history: await vacancyHistory(this.dataSource.manager, vacancy.id),
    };
  }

  /** PENDING_REVIEW → PUBLISHED, while the employer is still verified. */
  async publish(actor: Actor, id: string): Promise<VacancyView> {
    return this.dataSource.transaction(async (manager) => {
      const vacancy = await this.findVisible(actor, id, manager);
      this.workflow.check(vacancy, VacancyStatus.Published, actor, ['publish']);
      if (!isVerifiedCompany(vacancy.company.status)) {
        throw new ProblemException(422, {
          code: 'employer.notVerified',
          detail: `The employer is ${vacancy.company.status}; only a verified employer's vacancy is published.`,
          params: { status: vacancy.company.status },
        });
      }
      const published = await this.workflow.move(manager, actor, vacancy, VacancyStatus.Published, 'publish', {
        changes: { statusReason: null, publishedAt: () => 'now()' },
        revision: true,
      });
      return toVacancyView(published);
    });
  }

  /** PENDING_REVIEW → REJECTED, saying why; the employer may correct and resubmit. */
  async reject(actor: Actor, id: string, reason: string): Promise<VacancyView> {
    return this.dataSource.transaction(async (manager) => {
      const vacancy = await this.findVisible(actor, id, manager);
      this.workflow.check(vacancy, VacancyStatus.Rejected, actor, ['reject'], reason);
      return toVacancyView(
        await this.workflow.move(manager, actor, vacancy, VacancyStatus.Rejected, 'reject', { changes: { statusReason: reason }, reason }),
      );
    });
  }

  private async findVisible(actor: Actor, id: string, manager: EntityManager): Promise<VacancyEntity & { company: CompanyEntity }> {
    const vacancy = await manager.findOne(VacancyEntity, {
      where: { id },
      relations: { company: true },
    });
    if (!vacancy?.company || !canActForCountry(actor, vacancy.originCountry)) throw VACANCY_NOT_FOUND();
    return vacancy as VacancyEntity & { company: CompanyEntity };
  }
}
