/** The migrant's side of applications: one-tap apply, their own applications with timelines, withdrawal. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MyApplicationView } from '@jumush/contracts';
import {
  ApplicationStatus,
  MOSCOW_TIME_ZONE,
  VacancyStatus,
  applicationActorOf,
  applicationTransition,
  deadlineFor,
  isCompanyVerifiedFor,
  isOpenToCitizen,
  phoneApplicationRefusal,
  reminderTimeFor,
  type Actor,
} from '@jumush/domain';
import { ApiConfig, Clock } from '@jumush/server/config';
import { type ApplicationEntity, type VacancyEntity, uniqueViolationOf } from '@jumush/server/database';
import type { EntityManager } from 'typeorm';
import { CandidatesService } from '../candidates/candidates.service';
import { deadlineTargets } from '../deadlines/deadline-targets';
import { ProblemException } from '../http/problem';
import { refusedTransitionProblem } from '../http/transition-problem';
import { OutboxService } from '../outbox/outbox.service';
import { ApplicationMovesRepository } from './application-moves.repository';
import { ApplicationsRepository } from './applications.repository';
import { ExpectedDurationsService } from './expected-durations.service';
import { toMyApplicationViews } from './my-application-view';
import { QueuePositionsRepository } from './queue-positions.repository';

/** 404 for an application that does not exist or is not the caller's to see (the same answer, so ids cannot be probed). */
export const noSuchApplication = () => new ProblemException(404, { code: 'http.notFound', detail: 'No such application.' });
const noSuchVacancy = () => new ProblemException(404, { code: 'http.notFound', detail: 'No such vacancy.' });

@Injectable()
export class MyApplicationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationsRepository,
    private readonly moves: ApplicationMovesRepository,
    private readonly candidates: CandidatesService,
    private readonly durations: ExpectedDurationsService,
    private readonly queues: QueuePositionsRepository,
    private readonly outbox: OutboxService,
    private readonly config: ApiConfig,
    private readonly clock: Clock,
  ) {}

  /** One tap from the vacancy page. The unique index makes a second application a 409, even under concurrency. */
  async apply(actor: Actor, vacancyId: string, note: string | undefined): Promise<ApplicationEntity> {
    // Every notice of the recruitment goes to the number: it must be the migrant's before they commit to one.
    const holder = await this.applications.applicantPhone(actor.id);
    if (holder && phoneApplicationRefusal(holder))
      throw new ProblemException(403, {
        code: 'account.phoneNotVerified',
        detail: 'Confirm your phone number first: type the code we sent to it by SMS, or ask for a new one.',
      });
    const profile = await this.candidates.mine(actor);
    if (!profile.consentVersion)
      throw new ProblemException(422, { code: 'application.consentRequired', detail: 'Agree to share your profile with employers first.' });
    const vacancy = await this.applications.vacancyWithCompany(vacancyId);
    if (!vacancy || (vacancy.status !== VacancyStatus.Published && vacancy.status !== VacancyStatus.Closed)) throw noSuchVacancy();
    // The vacancy recruits from the countries its employer chose; the migrant's is their recorded citizenship.
    if (!isOpenToCitizen(vacancy.openTo, profile.originCountry))
      throw new ProblemException(409, {
        code: 'application.notOpenToCountry',
        detail: 'This vacancy does not recruit citizens of your country.',
        params: { country: profile.originCountry ?? '', countries: vacancy.openTo.join(', ') },
        errors: [
          {
            field: 'citizenship',
            code: 'application.notOpenToCountry',
            message: 'This vacancy does not recruit citizens of your country.',
            params: { country: profile.originCountry ?? '' },
          },
        ],
      });
    const countries = vacancy.company ? await this.applications.companyCountries(vacancy.company.id) : [];
    if (
      !vacancy.company ||
      !isCompanyVerifiedFor(
        vacancy.company,
        countries.find((row) => row.country === profile.originCountry),
      )
    )
      throw new ProblemException(422, { code: 'application.employerSuspended', detail: 'This employer is not allowed to recruit at the moment.' });
    if (vacancy.status === VacancyStatus.Closed)
      throw new ProblemException(422, { code: 'application.vacancyClosed', detail: 'This vacancy is closed.' });
    // A vacancy's dates are on the Moscow calendar, where the work is.
    if (vacancy.applicationDeadline < this.clock.today(MOSCOW_TIME_ZONE))
      throw new ProblemException(422, { code: 'application.deadlinePassed', params: { deadline: vacancy.applicationDeadline } });
    // What the employer's answer usually takes, for the message saying where the migrant stands.
    const usualDays = Math.max(1, Math.ceil((await this.durations.all())[ApplicationStatus.Submitted].days));
    try {
      return await this.dataSource.transaction(async (manager) => {
        const application = await this.applications.insertSubmitted(manager, { vacancyId, candidateId: profile.id, note: note || null });
        await this.moves.recordSubmission(manager, actor, application.id, usualDays);
        await this.scheduleShortlistReminder(manager, application, vacancy);
        return application;
      });
    } catch (error) {
      if (uniqueViolationOf(error))
        throw new ProblemException(409, { code: 'application.duplicate', detail: 'You have already applied to this vacancy.' });
      throw error;
    }
  }

  /** The candidate's own applications, newest first, each with its timeline and what comes next. */
  async mine(actor: Actor): Promise<MyApplicationView[]> {
    const profile = await this.candidates.mine(actor);
    return this.views(await this.applications.candidateApplications(profile.id));
  }

  async mineOne(actor: Actor, id: string): Promise<MyApplicationView> {
    const profile = await this.candidates.mine(actor);
    const [view] = await this.views(await this.applications.candidateApplications(profile.id, id));
    if (!view) throw noSuchApplication();
    return view;
  }

  /** Any time before departure; an approved migrant who withdraws frees the position and their letter stops being valid. */
  async withdraw(actor: Actor, id: string, version: number, reason?: string): Promise<MyApplicationView> {
    const profile = await this.candidates.mine(actor);
    const application = await this.applications.candidateApplication(profile.id, id);
    if (!application) throw noSuchApplication();
    const allowed = applicationTransition(application.status, ApplicationStatus.Withdrawn, applicationActorOf(actor.role), reason);
    if (!allowed.ok) throw refusedTransitionProblem(allowed.reason, `A ${application.status} application cannot be withdrawn.`);
    const moved = await this.dataSource.transaction((manager) =>
      this.moves.move(manager, { move: 'withdraw', actor, select: { applicationIds: [id] }, reason: reason ?? null, expectedVersion: version }),
    );
    if (moved.length === 0) throw staleApplication();
    this.durations.invalidate();
    return this.mineOne(actor, id);
  }

  private async views(applications: ApplicationEntity[]): Promise<MyApplicationView[]> {
    if (applications.length === 0) return [];
    const ids = applications.map((application) => application.id);
    const [events, revoked, expected, queues] = await Promise.all([
      this.applications.timelines(ids),
      this.applications.revokedLetters(ids),
      this.durations.all(),
      this.queues.positionsOf(applications),
    ]);
    return toMyApplicationViews(applications, events, expected, revoked, queues);
  }

  /**
   * The employer has a service target to shortlist or decline; a delayed job reminds its recruiters a day
   * before it runs out (and tells nobody if they acted by then). Written with the application, through the
   * reminder outbox, so a Redis outage does not lose it.
   */
  private async scheduleShortlistReminder(manager: EntityManager, application: ApplicationEntity, vacancy: VacancyEntity): Promise<void> {
    const deadline = deadlineFor('shortlisting', application.createdAt, deadlineTargets(this.config));
    await this.outbox.scheduleReminder(
      manager,
      {
        kind: 'deadline',
        aggregateType: 'application',
        aggregateId: application.id,
        recipientIds: await this.applications.recruitersOf(manager, vacancy.companyId),
        payload: { subject: vacancy.title, deadline, path: `/employer/vacancies/${vacancy.id}/applicants` },
      },
      new Date(reminderTimeFor(deadline)),
    );
  }
}

/** The optimistic lock lost: someone moved the application since the caller read its version. */
export function staleApplication(): ProblemException {
  return new ProblemException(409, { code: 'application.staleVersion', detail: 'The application changed meanwhile; reload it.' });
}
