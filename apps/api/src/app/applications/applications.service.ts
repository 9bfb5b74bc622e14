/**
 * Applications and their workflow. Every transition is checked by the domain's state machine,
 * applied with optimistic locking, and writes its timeline entry, audit event and outbox
 * notification in the same transaction.
 */
import { Injectable } from '@nestjs/common';
import { ApiConfig } from '@jumush/server/config';
import { deadlineTargets } from '../deadlines/deadline-targets';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { ApplicantsQuery, ApplicantView, MyApplicationView, Page, TimelineEntryView } from '@jumush/contracts';
import {
  ApplicationStatus,
  CompanyStatus,
  Role,
  VacancyStatus,
  ageOn,
  applicationActorOf,
  applicationTransition,
  deadlineFor,
  reminderTimeFor,
  nextStepOf,
  type Actor,
  type TimedStage,
} from '@jumush/domain';
import {
  ApplicationEntity,
  ApplicationEventEntity,
  CandidateProfileEntity,
  CompanyMemberEntity,
  VacancyEntity,
  queryRows,
  uniqueViolationOf,
} from '@jumush/server/database';
import { AuditService } from '../audit/audit.service';
import { CandidatesService } from '../candidates/candidates.service';
import { today } from '../candidates/candidate-view';
import { CompanyMembershipService } from '../companies/company-membership.service';
import { ProblemException } from '../http/problem';
import { OutboxService } from '../outbox/outbox.service';
import { ExpectedDurationsService } from './expected-durations.service';

/** Contact details are shared with the employer from shortlisting on. */
const CONTACT_VISIBLE: readonly ApplicationStatus[] = [
  ApplicationStatus.Shortlisted,
  ApplicationStatus.InBatch,
  ApplicationStatus.Approved,
  ApplicationStatus.Departed,
  ApplicationStatus.Arrived,
];
const TIMED: readonly string[] = [ApplicationStatus.Submitted, ApplicationStatus.Shortlisted, ApplicationStatus.InBatch, ApplicationStatus.Approved];

const notFound = () =>
  new ProblemException(404, {
    code: 'http.notFound',
    detail: 'No such application.',
  });

export interface BulkDecisionResult {
  changed: string[];
  skipped: string[];
}

@Injectable()
export class ApplicationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly candidates: CandidatesService,
    private readonly membership: CompanyMembershipService,
    private readonly durations: ExpectedDurationsService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly config: ApiConfig,
  ) {}

  /** One tap from the vacancy page. The unique index makes a second application a 409, even under concurrency. */
  async apply(actor: Actor, vacancyId: string, note: string | undefined): Promise<ApplicationEntity> {
    const profile = await this.candidates.mine(actor);
    if (!profile.consentVersion)
      throw new ProblemException(422, {
        code: 'application.consentRequired',
        detail: 'Agree to share your profile with employers first.',
      });
    const vacancy = await this.dataSource.getRepository(VacancyEntity).findOne({ where: { id: vacancyId }, relations: { company: true } });
    if (!vacancy || (vacancy.status !== VacancyStatus.Published && vacancy.status !== VacancyStatus.Closed))
      throw new ProblemException(404, {
        code: 'http.notFound',
        detail: 'No such vacancy.',
      });
    if (vacancy.company?.status !== CompanyStatus.Verified)
      throw new ProblemException(422, {
        code: 'application.employerSuspended',
        detail: 'This employer is not allowed to recruit at the moment.',
      });
    if (vacancy.status === VacancyStatus.Closed)
      throw new ProblemException(422, {
        code: 'application.vacancyClosed',
        detail: 'This vacancy is closed.',
      });
    if (vacancy.applicationDeadline < today())
      throw new ProblemException(422, {
        code: 'application.deadlinePassed',
        params: { deadline: vacancy.applicationDeadline },
      });
    let application: ApplicationEntity;
    try {
      application = await this.dataSource.transaction(async (manager) => {
        const application = await manager.save(
          manager.create(ApplicationEntity, {
            vacancyId,
            candidateId: profile.id,
            status: ApplicationStatus.Submitted,
            note: note || null,
          }),
        );
        await this.recordTransition(manager, actor, application, null, ApplicationStatus.Submitted, null, vacancy);
        await this.scheduleShortlistReminder(manager, application, vacancy);
        return application;
      });
    } catch (error) {
      if (uniqueViolationOf(error)) {
        throw new ProblemException(409, {
          code: 'application.duplicate',
          detail: 'You have already applied to this vacancy.',
        });
      }
      throw error;
    }
    return application;
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
        recipientIds: await this.recruitersOf(manager, vacancy.companyId),
        payload: {
          subject: vacancy.title,
          deadline,
          path: `/employer/vacancies/${vacancy.id}/applicants`,
        },
      },
      new Date(reminderTimeFor(deadline)),
    );
  }

  /** The candidate's own applications, newest first, each with its timeline and what comes next. */
  async mine(actor: Actor): Promise<MyApplicationView[]> {
    const profile = await this.candidates.mine(actor);
    const applications = await this.dataSource.getRepository(ApplicationEntity).find({
      where: { candidateId: profile.id },
      relations: { vacancy: { company: true } },
      order: { createdAt: 'DESC' },
    });
    return this.toMyViews(applications);
  }

  async mineOne(actor: Actor, id: string): Promise<MyApplicationView> {
    const profile = await this.candidates.mine(actor);
    const application = await this.dataSource.getRepository(ApplicationEntity).findOne({
      where: { id, candidateId: profile.id },
      relations: { vacancy: { company: true } },
    });
    if (!application) throw notFound();
    return (await this.toMyViews([application]))[0];
  }

  async withdraw(actor: Actor, id: string, version: number, reason?: string): Promise<MyApplicationView> {
    const profile = await this.candidates.mine(actor);
    const application = await this.dataSource.getRepository(ApplicationEntity).findOneBy({ id, candidateId: profile.id });
    if (!application) throw notFound();
    await this.transition(actor, application, ApplicationStatus.Withdrawn, version, reason);
    return this.mineOne(actor, id);
  }

  /** Shortlist or decline one application to the employer's own vacancy. */
  async decideOne(
    actor: Actor,
    id: string,
    to: ApplicationStatus.Shortlisted | ApplicationStatus.Declined,
    version: number,
    reason?: string,
  ): Promise<ApplicationEntity> {
    const application = await this.employerApplication(actor, id);
    return this.transition(actor, application, to, version, reason);
  }

  /**
   * Shortlists or declines many applications of one vacancy at once, set-based: one statement moves
   * every eligible application, then timeline, audit and outbox rows are inserted from its result.
   */
  async decideMany(
    actor: Actor,
    vacancyId: string,
    decision: 'shortlist' | 'decline',
    applicationIds: string[],
    reason?: string,
  ): Promise<BulkDecisionResult> {
    const vacancy = await this.employerVacancy(actor, vacancyId);
    const to = decision === 'shortlist' ? ApplicationStatus.Shortlisted : ApplicationStatus.Declined;
    const from = [ApplicationStatus.Submitted, ApplicationStatus.Shortlisted].filter(
      (status) => applicationTransition(status, to, applicationActorOf(actor.role), reason).ok,
    );
    if (to === ApplicationStatus.Declined && !reason)
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
    const changed = await this.dataSource.transaction(async (manager) => {
      const rows = await queryRows<{
        id: string;
        previous: ApplicationStatus;
        account_id: string | null;
      }>(
        manager,
        `WITH eligible AS (
           SELECT a.id, a.status FROM applications a WHERE a.vacancy_id = $1 AND a.id = ANY($2::uuid[]) AND a.status = ANY($3::application_status[]) FOR UPDATE
         )
         UPDATE applications a SET status = $4, status_reason = $5, version = a.version + 1, updated_at = now()
           FROM eligible WHERE a.id = eligible.id
         RETURNING a.id, eligible.status AS previous, (SELECT account_id FROM candidate_profiles p WHERE p.id = a.candidate_id) AS account_id`,
        [vacancyId, applicationIds, from, to, reason ?? null],
      );
      if (rows.length === 0) return [];
      await manager.query(
        `INSERT INTO application_events (application_id, from_status, to_status, actor_role, actor_id, reason)
         SELECT id, previous::application_status, $2, $3, $4, $5 FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, previous text)`,
        [JSON.stringify(rows.map(({ id, previous }) => ({ id, previous }))), to, actor.role, actor.id, reason ?? null],
      );
      await manager.query(
        `INSERT INTO audit_events (actor_id, actor_role, action, subject_type, subject_id, reason, data)
         SELECT $2, $3, $4, 'application', r.id::text, $5, jsonb_build_object('from', r.previous, 'to', $6::text, 'bulk', true)
           FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, previous text)`,
        [JSON.stringify(rows), actor.id, actor.role, `application.${decision}`, reason ?? null, to],
      );
      await manager.query(
        `INSERT INTO outbox_messages (topic, aggregate_type, aggregate_id, recipient_ids, payload)
         SELECT $2, 'application', r.id::text, ARRAY[r.account_id], jsonb_build_object('applicationId', r.id, 'vacancyId', $3::text, 'vacancyTitle', $4::text, 'from', r.previous, 'to', $5::text, 'reason', $6::text)
           FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, previous text, account_id uuid) WHERE r.account_id IS NOT NULL`,
        [JSON.stringify(rows), `application.${to.toLowerCase()}`, vacancy.id, vacancy.title, to, reason ?? null],
      );
      return rows.map((row) => row.id);
    });
    this.durations.invalidate();
    return {
      changed,
      skipped: applicationIds.filter((id) => !changed.includes(id)),
    };
  }

  /** Applicants of one of the employer's vacancies: no passport number, contact only after shortlisting. */
  async applicants(actor: Actor, vacancyId: string, query: ApplicantsQuery): Promise<Page<ApplicantView>> {
    await this.employerVacancy(actor, vacancyId);
    const builder = this.dataSource
      .getRepository(ApplicationEntity)
      .createQueryBuilder('application')
      .innerJoinAndSelect('application.candidate', 'candidate')
      .leftJoinAndSelect('candidate.account', 'account')
      .where('application.vacancyId = :vacancyId', { vacancyId })
      .orderBy('application.createdAt', 'ASC')
      .addOrderBy('application.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize);
    if (query.status)
      builder.andWhere('application.status = :status', {
        status: query.status,
      });
    if (query.minReadiness !== undefined)
      builder.andWhere('candidate.readinessPercent >= :minReadiness', {
        minReadiness: query.minReadiness,
      });
    if (query.russianLevel)
      builder.andWhere('candidate.russianLevel = :russianLevel', {
        russianLevel: query.russianLevel,
      });
    if (query.minExperience !== undefined)
      builder.andWhere('candidate.experienceYears >= :minExperience', {
        minExperience: query.minExperience,
      });
    if (query.residenceRegion)
      builder.andWhere('candidate.residenceRegionCode = :residenceRegion', {
        residenceRegion: query.residenceRegion,
      });
    const [applications, total] = await builder.getManyAndCount();
    const now = today();
    return {
      items: applications.map((application) => {
        const candidate = application.candidate as CandidateProfileEntity;
        const contact = CONTACT_VISIBLE.includes(application.status);
        return {
          applicationId: application.id,
          status: application.status,
          statusReason: application.statusReason,
          note: application.note,
          version: application.version,
          appliedAt: application.createdAt.toISOString(),
          candidate: {
            displayName: contact
              ? `${candidate.givenNames ?? ''} ${candidate.surname ?? ''}`.trim()
              : `${candidate.givenNames ?? '—'} ${(candidate.surname ?? '').slice(0, 1)}.`.trim(),
            age: candidate.birthDate ? ageOn(candidate.birthDate, now) : null,
            sex: candidate.sex,
            residenceRegionCode: candidate.residenceRegionCode,
            russianLevel: candidate.russianLevel,
            experienceYears: candidate.experienceYears,
            occupations: candidate.occupations,
            readinessPercent: candidate.readinessPercent,
            phone: contact ? (candidate.account?.phone ?? null) : null,
          },
        };
      }),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  private async transition(
    actor: Actor,
    application: ApplicationEntity,
    to: ApplicationStatus,
    version: number,
    reason?: string,
  ): Promise<ApplicationEntity> {
    const result = applicationTransition(application.status, to, applicationActorOf(actor.role), reason);
    if (!result.ok) {
      if (result.reason === 'transition.reasonRequired')
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
      throw new ProblemException(409, {
        code: result.reason,
        detail: `A ${application.status} application cannot become ${to}.`,
      });
    }
    const saved = await this.dataSource.transaction(async (manager) => {
      // Optimistic lock: the update only happens if nobody moved the application since `version` was read.
      const updated = await manager
        .createQueryBuilder()
        .update(ApplicationEntity)
        .set({
          status: to,
          statusReason: reason ?? null,
          version: () => 'version + 1',
        })
        .where('id = :id AND version = :version AND status = :from', {
          id: application.id,
          version,
          from: application.status,
        })
        .execute();
      if (!updated.affected)
        throw new ProblemException(409, {
          code: 'application.staleVersion',
          detail: 'The application changed meanwhile; reload it.',
        });
      const vacancy = await manager.findOneByOrFail(VacancyEntity, {
        id: application.vacancyId,
      });
      await this.recordTransition(manager, actor, application, application.status, to, reason ?? null, vacancy);
      if (application.status === ApplicationStatus.Approved) {
        // An approved candidate who leaves frees the position, and their letter stops being valid.
        await manager.query(`UPDATE approval_letters SET revoked_at = now(), revoked_reason = $2 WHERE application_id = $1 AND revoked_at IS NULL`, [
          application.id,
          `application.${to.toLowerCase()}`,
        ]);
        await manager.query(`UPDATE vacancies SET filled_positions = filled_positions - 1 WHERE id = $1 AND filled_positions > 0`, [
          application.vacancyId,
        ]);
      }
      return manager.findOneByOrFail(ApplicationEntity, { id: application.id });
    });
    this.durations.invalidate();
    return saved;
  }

  private async recordTransition(
    manager: EntityManager,
    actor: Actor,
    application: ApplicationEntity,
    from: ApplicationStatus | null,
    to: ApplicationStatus,
    reason: string | null,
    vacancy: VacancyEntity,
  ): Promise<void> {
    await manager.insert(ApplicationEventEntity, {
      applicationId: application.id,
      fromStatus: from,
      toStatus: to,
      actorRole: actor.role,
      actorId: actor.id,
      reason,
    });
    await this.audit.record(manager, actor, {
      action: `application.${to.toLowerCase()}`,
      subjectType: 'application',
      subjectId: application.id,
      reason,
      data: { from, to, vacancyId: vacancy.id },
    });
    const candidateAccount = (
      await manager.findOneBy(CandidateProfileEntity, {
        id: application.candidateId,
      })
    )?.accountId;
    // The employer hears of new applications and withdrawals; the candidate of everything else.
    const employerRecipients = from === null || to === ApplicationStatus.Withdrawn ? await this.recruitersOf(manager, vacancy.companyId) : [];
    const recipients = [...new Set([...(candidateAccount ? [candidateAccount] : []), ...employerRecipients])];
    await this.outbox.enqueue(manager, {
      topic: `application.${to.toLowerCase()}`,
      aggregateType: 'application',
      aggregateId: application.id,
      recipientIds: recipients,
      payload: {
        applicationId: application.id,
        vacancyId: vacancy.id,
        vacancyTitle: vacancy.title,
        from,
        to,
        reason,
      },
    });
  }

  private async recruitersOf(manager: EntityManager, companyId: string): Promise<string[]> {
    const members = await manager.find(CompanyMemberEntity, {
      where: { companyId },
      select: { accountId: true },
    });
    return members.map((member) => member.accountId).filter((id): id is string => id !== null);
  }

  private async employerVacancy(actor: Actor, vacancyId: string): Promise<VacancyEntity> {
    const company = await this.membership.requireCompanyOf(actor);
    const vacancy = await this.dataSource.getRepository(VacancyEntity).findOneBy({ id: vacancyId, companyId: company.id });
    if (!vacancy)
      throw new ProblemException(404, {
        code: 'http.notFound',
        detail: 'No such vacancy.',
      });
    return vacancy;
  }

  private async employerApplication(actor: Actor, id: string): Promise<ApplicationEntity> {
    if (actor.role !== Role.Employer) throw notFound();
    const company = await this.membership.requireCompanyOf(actor);
    const application = await this.dataSource
      .getRepository(ApplicationEntity)
      .createQueryBuilder('application')
      .innerJoin('application.vacancy', 'vacancy')
      .where('application.id = :id AND vacancy.companyId = :companyId', {
        id,
        companyId: company.id,
      })
      .getOne();
    if (!application) throw notFound();
    return application;
  }

  private async toMyViews(applications: ApplicationEntity[]): Promise<MyApplicationView[]> {
    if (applications.length === 0) return [];
    const events = await this.dataSource.getRepository(ApplicationEventEntity).find({
      where: {
        applicationId: In(applications.map((application) => application.id)),
      },
      order: { id: 'ASC' },
    });
    const expected = await this.durations.all();
    return applications.map((application) => {
      const vacancy = application.vacancy as VacancyEntity;
      const next = nextStepOf(application.status);
      const timeline: TimelineEntryView[] = events
        .filter((event) => event.applicationId === application.id)
        .map((event) => ({
          from: event.fromStatus,
          to: event.toStatus,
          actorRole: event.actorRole,
          reason: event.reason,
          at: event.createdAt.toISOString(),
        }));
      return {
        id: application.id,
        status: application.status,
        statusReason: application.statusReason,
        note: application.note,
        vacancy: {
          id: vacancy.id,
          title: vacancy.title,
          town: vacancy.town,
          regionCode: vacancy.regionCode,
          monthlyWageRoubles: vacancy.monthlyWageRoubles,
          companyName: vacancy.company?.legalName ?? '',
        },
        timeline,
        next: {
          key: next.key,
          party: next.party,
          expected: TIMED.includes(application.status) ? expected[application.status as TimedStage] : null,
        },
        version: application.version,
        createdAt: application.createdAt.toISOString(),
      };
    });
  }
}
