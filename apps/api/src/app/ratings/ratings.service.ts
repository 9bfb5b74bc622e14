/**
 * Ratings from those who worked there. A migrant who arrived and worked 30 days rates the employer (one rating per
 * application, changeable); a company's ratings are public only from RATINGS_SHOWN_FROM on, and the API returns no
 * figure or comment under that (not merely hidden by the web); the employer answers each rating publicly once.
 * Every rating and answer is audited; the employer is told of a new rating through the outbox, only once they are public.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  OutboxTopic,
  type EmployerRatingsView,
  type MyRatingView,
  type PublicCompanyRatings,
  type PublicCompanyView,
  type RateEmployerDto,
  type RatingsAggregate,
} from '@jumush/contracts';
import { RATINGS_SHOWN_FROM, employerToldOfRating, ratingEligibility, ratingsArePublic, type Actor } from '@jumush/domain';
import { Clock } from '@jumush/server/config';
import { AuditService } from '../audit/audit.service';
import { CandidatesService } from '../candidates/candidates.service';
import { CompanyMembershipService } from '../companies/company-membership.service';
import { noSuchApplication } from '../applications/my-applications.service';
import { ProblemException } from '../http/problem';
import { OutboxService } from '../outbox/outbox.service';
import { RatingsRepository, type RatedJobRow, type RatingRow, type RatingsAggregateRow } from './ratings.repository';

const noSuchRating = () => new ProblemException(404, { code: 'http.notFound', detail: 'No such rating.' });
const noSuchCompany = () => new ProblemException(404, { code: 'http.notFound', detail: 'No such company.' });
const iso = (value: Date | null) => (value === null ? null : new Date(value).toISOString());

@Injectable()
export class RatingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ratings: RatingsRepository,
    private readonly candidates: CandidatesService,
    private readonly membership: CompanyMembershipService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Whether the migrant may rate this job of theirs, and their rating if any. */
  async mine(actor: Actor, applicationId: string): Promise<MyRatingView> {
    const candidateId = (await this.candidates.mine(actor)).id;
    const job = await this.ratings.jobOf(this.dataSource.manager, candidateId, applicationId);
    if (!job) throw noSuchApplication();
    return this.myView(job, await this.ratings.ofApplication(this.dataSource.manager, applicationId));
  }

  /** Gives or changes the rating; refused with the reason's problem code while the migrant may not rate. */
  async rate(actor: Actor, applicationId: string, dto: RateEmployerDto): Promise<MyRatingView> {
    const candidateId = (await this.candidates.mine(actor)).id;
    await this.dataSource.transaction(async (manager) => {
      const job = await this.ratings.jobOf(manager, candidateId, applicationId, true);
      if (!job) throw noSuchApplication();
      const eligibility = ratingEligibility({ status: job.status, arrivedAt: job.arrived_at, now: this.clock.now() });
      if (!eligibility.eligible)
        throw new ProblemException(403, {
          code: eligibility.reason,
          detail:
            eligibility.reason === 'rating.tooSoon'
              ? `You may rate the employer from ${eligibility.eligibleFrom}, after 30 days of work.`
              : 'Only a worker who arrived and worked at least 30 days rates the employer.',
          ...(eligibility.eligibleFrom ? { params: { eligibleFrom: eligibility.eligibleFrom } } : {}),
        });
      const comment = dto.comment?.trim() || null;
      const saved = await this.ratings.upsert(manager, {
        applicationId,
        companyId: job.company_id,
        authorAccountId: actor.id,
        wageOnTime: dto.wageOnTime,
        housing: dto.housing,
        treatment: dto.treatment,
        wouldRecommend: dto.wouldRecommend,
        comment,
      });
      await this.audit.record(manager, actor, {
        action: saved.created ? 'rating.given' : 'rating.changed',
        subjectType: 'rating',
        subjectId: saved.id,
        data: {
          companyId: job.company_id,
          applicationId,
          wageOnTime: dto.wageOnTime,
          housing: dto.housing,
          treatment: dto.treatment,
          wouldRecommend: dto.wouldRecommend,
          commented: comment !== null,
        },
      });
      if (saved.created) await this.tellEmployer(manager, job, saved.id);
    });
    return this.mine(actor, applicationId);
  }

  /** A verified company as anyone may see it; its ratings only from RATINGS_SHOWN_FROM on. */
  async publicCompany(companyId: string): Promise<PublicCompanyView> {
    const manager = this.dataSource.manager;
    const company = await this.ratings.publicCompany(manager, companyId);
    if (!company) throw noSuchCompany();
    return {
      id: company.id,
      legalName: company.legal_name,
      inn: company.inn,
      regionCode: company.region_code,
      ratings: await this.publicRatings(manager, companyId),
    };
  }

  /** The figures only, for a vacancy's page: null aggregate under the threshold. */
  async publicAggregate(companyId: string): Promise<{ count: number; shownFrom: number; aggregate: RatingsAggregate | null }> {
    const row = await this.ratings.aggregateOf(this.dataSource.manager, companyId);
    return { count: row.count, shownFrom: RATINGS_SHOWN_FROM, aggregate: aggregateOf(row) };
  }

  /** The employer's own ratings, to read and answer; nothing but the count under the threshold. */
  async forEmployer(actor: Actor): Promise<EmployerRatingsView> {
    const company = await this.membership.requireCompanyOf(actor);
    const manager = this.dataSource.manager;
    const row = await this.ratings.aggregateOf(manager, company.id);
    const aggregate = aggregateOf(row);
    const ratings = aggregate ? await this.ratings.ofCompany(manager, company.id, false) : [];
    return {
      count: row.count,
      shownFrom: RATINGS_SHOWN_FROM,
      aggregate,
      ratings: ratings.map((rating) => ({
        id: rating.id,
        wageOnTime: rating.wage_on_time,
        housing: rating.housing,
        treatment: rating.treatment,
        wouldRecommend: rating.would_recommend,
        comment: rating.comment,
        answer: rating.answer,
        answeredAt: iso(rating.answered_at),
        createdAt: iso(rating.created_at) as string,
      })),
    };
  }

  /** The employer answers a rating of their company publicly, once; a second answer is a 409. */
  async answer(actor: Actor, ratingId: string, answer: string): Promise<EmployerRatingsView> {
    const company = await this.membership.requireCompanyOf(actor);
    await this.dataSource.transaction(async (manager) => {
      const rating = await this.ratings.ofCompanyLocked(manager, company.id, ratingId);
      // Another company's rating, or one the employer cannot see yet (under the threshold): not found.
      if (!rating || !ratingsArePublic((await this.ratings.aggregateOf(manager, company.id)).count)) throw noSuchRating();
      if (rating.answer !== null || !(await this.ratings.answer(manager, ratingId, answer, actor.id)))
        throw new ProblemException(409, { code: 'rating.alreadyAnswered', detail: 'This rating has its answer already; an employer answers once.' });
      await this.audit.record(manager, actor, {
        action: 'rating.answered',
        subjectType: 'rating',
        subjectId: ratingId,
        data: { companyId: company.id, length: answer.length },
      });
    });
    return this.forEmployer(actor);
  }

  private async publicRatings(manager: EntityManager, companyId: string): Promise<PublicCompanyRatings> {
    const row = await this.ratings.aggregateOf(manager, companyId);
    const aggregate = aggregateOf(row);
    // Under the threshold not even the comments leave the database.
    const comments = aggregate ? await this.ratings.ofCompany(manager, companyId, true) : [];
    return {
      count: row.count,
      shownFrom: RATINGS_SHOWN_FROM,
      aggregate,
      comments: comments.map((rating) => ({
        id: rating.id,
        comment: rating.comment as string,
        wouldRecommend: rating.would_recommend,
        answer: rating.answer,
        answeredAt: iso(rating.answered_at),
        createdAt: iso(rating.created_at) as string,
      })),
    };
  }

  /** A new rating, in its own transaction: the company's members hear of it only once the ratings are public. */
  private async tellEmployer(manager: EntityManager, job: RatedJobRow, ratingId: string): Promise<void> {
    const { count } = await this.ratings.aggregateOf(manager, job.company_id);
    if (!employerToldOfRating(count)) return;
    await this.outbox.enqueue(manager, {
      topic: OutboxTopic.CompanyRated,
      aggregateType: 'company',
      aggregateId: job.company_id,
      recipientIds: await this.ratings.memberAccountIds(manager, job.company_id),
      payload: { companyId: job.company_id, companyName: job.company_name, ratingId, count },
    });
  }

  private myView(job: RatedJobRow, rating: RatingRow | undefined): MyRatingView {
    const eligibility = ratingEligibility({ status: job.status, arrivedAt: job.arrived_at, now: this.clock.now() });
    return {
      applicationId: job.application_id,
      companyId: job.company_id,
      companyName: job.company_name,
      eligible: eligibility.eligible,
      refusal: eligibility.eligible ? null : eligibility.reason,
      eligibleFrom: eligibility.eligibleFrom,
      rating: rating
        ? {
            wageOnTime: rating.wage_on_time,
            housing: rating.housing,
            treatment: rating.treatment,
            wouldRecommend: rating.would_recommend,
            comment: rating.comment,
            answer: rating.answer,
            createdAt: iso(rating.created_at) as string,
            updatedAt: iso(rating.updated_at) as string,
          }
        : null,
    };
  }
}

/** The figures, rounded to one decimal (the share to two), or null under the threshold. */
function aggregateOf(row: RatingsAggregateRow): RatingsAggregate | null {
  if (!ratingsArePublic(row.count)) return null;
  const round = (value: number | null, places: number) => Math.round((value ?? 0) * 10 ** places) / 10 ** places;
  return {
    count: row.count,
    wageOnTime: round(row.wage_on_time, 1),
    housing: round(row.housing, 1),
    treatment: round(row.treatment, 1),
    recommendShare: round(row.recommend_share, 2),
  };
}
