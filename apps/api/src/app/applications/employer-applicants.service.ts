/** The employer's side of applications: a vacancy's applicants, shortlisting and declining them one by one or many at once. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ApplicantsQuery, ApplicantView, BulkDecisionResultView, Page } from '@jumush/contracts';
import {
  ApplicationStatus,
  MOSCOW_TIME_ZONE,
  Role,
  applicationActorOf,
  applicationMoveRequiresReason,
  applicationTransition,
  deadlineFor,
  overdueIfStartedBefore,
  type Actor,
} from '@jumush/domain';
import { ApiConfig, Clock } from '@jumush/server/config';
import type { ApplicationEntity, VacancyEntity } from '@jumush/server/database';
import { CompanyMembershipService } from '../companies/company-membership.service';
import { deadlineTargets } from '../deadlines/deadline-targets';
import { ProblemException } from '../http/problem';
import { refusedTransitionProblem } from '../http/transition-problem';
import { toApplicantView } from './applicant-view';
import { ApplicationMovesRepository } from './application-moves.repository';
import { ApplicationsRepository } from './applications.repository';
import { ExpectedDurationsService } from './expected-durations.service';
import { noSuchApplication, staleApplication } from './my-applications.service';

@Injectable()
export class EmployerApplicantsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationsRepository,
    private readonly moves: ApplicationMovesRepository,
    private readonly membership: CompanyMembershipService,
    private readonly durations: ExpectedDurationsService,
    private readonly config: ApiConfig,
    private readonly clock: Clock,
  ) {}

  /** Applicants of one of the employer's vacancies: no passport number, contact only after shortlisting. */
  async applicants(actor: Actor, vacancyId: string, query: ApplicantsQuery): Promise<Page<ApplicantView>> {
    const vacancy = await this.employerVacancy(actor, vacancyId);
    const now = this.clock.now();
    const targets = deadlineTargets(this.config);
    const overdueBefore = overdueIfStartedBefore('shortlisting', now, targets);
    const [applications, total] = await this.applications.applicantsPage(vacancyId, query, new Date(overdueBefore));
    const today = this.clock.today(MOSCOW_TIME_ZONE);
    const viewer = { ...actor, companyId: vacancy.companyId };
    return {
      items: applications.map((application) =>
        // Still unanswered past the shortlisting deadline: since when.
        toApplicantView(
          viewer,
          vacancy.companyId,
          application,
          today,
          application.status === ApplicationStatus.Submitted && application.createdAt.getTime() < Date.parse(overdueBefore)
            ? deadlineFor('shortlisting', application.createdAt, targets)
            : null,
        ),
      ),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** Shortlist or decline one application to the employer's own vacancy, if nobody moved it since `version`. */
  async decideOne(
    actor: Actor,
    id: string,
    to: ApplicationStatus.Shortlisted | ApplicationStatus.Declined,
    version: number,
    reason?: string,
  ): Promise<ApplicationEntity> {
    const application = await this.employerApplication(actor, id);
    const allowed = applicationTransition(application.status, to, applicationActorOf(actor.role), reason);
    if (!allowed.ok) throw refusedTransitionProblem(allowed.reason, `A ${application.status} application cannot become ${to}.`);
    const move = to === ApplicationStatus.Shortlisted ? 'shortlist' : 'decline';
    const saved = await this.dataSource.transaction(async (manager) => {
      const moved = await this.moves.move(manager, {
        move,
        actor,
        select: { applicationIds: [id] },
        reason: reason ?? null,
        expectedVersion: version,
      });
      if (moved.length === 0) throw staleApplication();
      return this.applications.reload(manager, id);
    });
    this.durations.invalidate();
    return saved;
  }

  /** Shortlists or declines many applications of one vacancy at once, set-based; those not in a status it applies to are skipped. */
  async decideMany(
    actor: Actor,
    vacancyId: string,
    decision: 'shortlist' | 'decline',
    applicationIds: string[],
    reason?: string,
  ): Promise<BulkDecisionResultView> {
    await this.employerVacancy(actor, vacancyId);
    if (applicationMoveRequiresReason(decision, applicationActorOf(actor.role)) && !reason?.trim()) {
      throw refusedTransitionProblem('transition.reasonRequired', 'Say why.');
    }
    const moved = await this.dataSource.transaction((manager) =>
      this.moves.move(manager, { move: decision, actor, select: { applicationIds, vacancyIds: [vacancyId] }, reason: reason ?? null }),
    );
    this.durations.invalidate();
    const changed = moved.map((row) => row.id);
    return { changed, skipped: applicationIds.filter((id) => !changed.includes(id)) };
  }

  private async employerVacancy(actor: Actor, vacancyId: string): Promise<VacancyEntity> {
    const company = await this.membership.requireCompanyOf(actor);
    const vacancy = await this.applications.companyVacancy(company.id, vacancyId);
    if (!vacancy) throw new ProblemException(404, { code: 'http.notFound', detail: 'No such vacancy.' });
    return vacancy;
  }

  private async employerApplication(actor: Actor, id: string): Promise<ApplicationEntity> {
    if (actor.role !== Role.Employer) throw noSuchApplication();
    const company = await this.membership.requireCompanyOf(actor);
    const application = await this.applications.companyApplication(company.id, id);
    if (!application) throw noSuchApplication();
    return application;
  }
}
