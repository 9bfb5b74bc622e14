/**
 * The attaché's review of vacancies before migrants see them. An attaché sees the vacancies open to their own
 * origin country only, and a region-scoped attaché those in its regions only (any other is "not found"); admins see all. One review publishes the vacancy for every country
 * it is open to; each country's migrants see it while their attaché's verification of the employer holds.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Page, VacancyReviewItem, VacancyReviewView, VacancyView } from '@jumush/contracts';
import {
  Role,
  VacancyStatus,
  companyStatusAnywhere,
  companyStatusIn,
  isVerifiedCompany,
  maySeeVacancyUnderReview,
  regionsCoveredBy,
  type Actor,
} from '@jumush/domain';
import { ApiConfig, Clock } from '@jumush/server/config';
import { deadlineTargets } from '../deadlines/deadline-targets';
import { ProblemException } from '../http/problem';
import { VacanciesRepository, type VacancyWithCompany } from './vacancies.repository';
import { VACANCY_NOT_FOUND, VacancyWorkflow } from './vacancy-workflow.service';
import { toReviewItem, toVacancyView } from './vacancy-views';

const MAX_OFFSET = 1_000_000;

@Injectable()
export class VacancyReviewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vacancies: VacanciesRepository,
    private readonly workflow: VacancyWorkflow,
    private readonly config: ApiConfig,
    private readonly clock: Clock,
  ) {}

  private deadlines() {
    return { targets: deadlineTargets(this.config), now: this.clock.now() };
  }

  /** Vacancies waiting for review, whoever waited longest first, with the employer and its status. */
  async queue(actor: Actor, page: number, pageSize: number): Promise<Page<VacancyReviewItem>> {
    const originCountry = actor.role === Role.Admin ? null : (actor.originCountry ?? '--');
    const offset = (page - 1) * pageSize;
    if (offset > MAX_OFFSET) return { items: [], total: 0, page, pageSize };
    const [items, total] = await this.vacancies.reviewQueue(originCountry, regionsCoveredBy(actor), offset, pageSize);
    return { items: items.map((item) => toReviewItem(item, reviewerCountry(actor), this.deadlines())), total, page, pageSize };
  }

  /** Any vacancy open to the attaché's country (in its regions), in any status, with its employer and history. */
  async get(actor: Actor, id: string): Promise<VacancyReviewView> {
    const vacancy = await this.findVisible(actor, id);
    return {
      ...toReviewItem(vacancy, reviewerCountry(actor), this.deadlines()),
      history: await this.workflow.history(vacancy.id),
    };
  }

  /** PENDING_REVIEW → PUBLISHED, while the employer is still verified (by the reviewing attaché's country). */
  async publish(actor: Actor, id: string): Promise<VacancyView> {
    return this.dataSource.transaction(async (manager) => {
      const vacancy = await this.findVisible(actor, id, manager);
      this.workflow.check(vacancy, VacancyStatus.Published, actor, ['publish']);
      const country = reviewerCountry(actor);
      const status = country
        ? companyStatusIn(vacancy.company, vacancy.companyCountries, country)
        : companyStatusAnywhere(vacancy.company, vacancy.companyCountries);
      if (!isVerifiedCompany(status)) {
        throw new ProblemException(422, {
          code: 'employer.notVerified',
          detail: `The employer is ${status}; only a verified employer's vacancy is published.`,
          params: { status },
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

  private async findVisible(actor: Actor, id: string, manager?: EntityManager): Promise<VacancyWithCompany> {
    const vacancy = await this.vacancies.findWithCompany(id, manager);
    if (!vacancy) throw VACANCY_NOT_FOUND();
    if (!maySeeVacancyUnderReview(actor, vacancy)) throw VACANCY_NOT_FOUND();
    return vacancy;
  }
}

/** The country an attaché reviews for; null for an admin (every country). */
function reviewerCountry(actor: Actor): string | null {
  return actor.role === Role.Admin ? null : actor.originCountry;
}
