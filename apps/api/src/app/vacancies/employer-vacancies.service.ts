/** The employer's side of vacancies: drafts, edits, submission for review, withdrawal and history. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { MyVacanciesPage, MyVacanciesQuery, UpdateVacancyDto, VacancyHistoryView, VacancyTermsDto, VacancyView } from '@jumush/contracts';
import {
  type Actor,
  companyStatusAnywhere,
  defaultOpenTo,
  EMPLOYER_EDITABLE_VACANCY_STATUSES,
  isMaterialChange,
  materialChanges,
  newlyOpenedCountries,
  MOSCOW_TIME_ZONE,
  openToProblem,
  VacancyStatus,
  verifiedCountriesOf,
  reminderTimeFor,
  type Occupation,
} from '@jumush/domain';
import { ApiConfig, Clock } from '@jumush/server/config';
import { ReminderJob, jobIdFor } from '@jumush/server/queues';
import { applicantFacingChanges } from '@jumush/server/notifications';
import type { CompanyEntity, VacancyEntity } from '@jumush/server/database';
import { ApplicationClosureService } from '../applications/application-closure.service';
import { CompanyMembershipService } from '../companies/company-membership.service';
import { deadlineTargets } from '../deadlines/deadline-targets';
import { ProblemException } from '../http/problem';
import { OutboxService } from '../outbox/outbox.service';
import { VacanciesRepository } from './vacancies.repository';
import { STALE_VERSION, VACANCY_NOT_FOUND, VacancyWorkflow } from './vacancy-workflow.service';
import { MinimumWagesService } from '../reference/minimum-wages.service';
import { assertSubmittable, termsErrors, throwIfInvalid } from './vacancy-rules';
import { vacancySearchText } from './vacancy-search-text';
import { OccupationsService } from '../occupations/occupations.service';
import { reviewDeadlineOf, toStatusCounts, toTermsView, toVacancyView } from './vacancy-views';

/** Beyond this, a page number is surely not a person paging: answer empty rather than ask PostgreSQL. */
const MAX_OFFSET = 1_000_000;

/** The columns of the terms, as the DTO carries them, plus the search text derived from them (and the occupation's names). */
function termsColumns(dto: VacancyTermsDto, occupation: Occupation | undefined) {
  const terms = toTermsView({
    ...dto,
    housingCostRoubles: dto.housingCostRoubles ?? null,
  });
  return { ...terms, searchText: vacancySearchText(terms, occupation) };
}

/** The countries chosen must have verified the company (422 on the field `openTo`, naming the others). */
function assertOpenTo(openTo: readonly string[], verified: readonly string[]): void {
  const problem = openToProblem(openTo, verified);
  if (!problem) return;
  const countries = problem.code === 'vacancy.openToNotVerified' ? problem.countries.join(', ') : '';
  throw new ProblemException(422, {
    code: 'validation.failed',
    detail: 'The vacancy can only be open to countries whose attaché verified the company.',
    errors: [{ field: 'openTo', code: problem.code, message: 'Choose among the countries that verified the company.', params: { countries } }],
  });
}

@Injectable()
export class EmployerVacanciesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vacancies: VacanciesRepository,
    private readonly membership: CompanyMembershipService,
    private readonly workflow: VacancyWorkflow,
    private readonly closure: ApplicationClosureService,
    private readonly clock: Clock,
    private readonly minimumWages: MinimumWagesService,
    private readonly outbox: OutboxService,
    private readonly config: ApiConfig,
    private readonly occupations: OccupationsService,
  ) {}

  /** Vacancy dates count on the Moscow calendar: the work is in Russia. */
  private today(): string {
    return this.clock.today(MOSCOW_TIME_ZONE);
  }

  /** Most recently changed first, with the company's count per status for the tabs. */
  async listMine(actor: Actor, query: MyVacanciesQuery): Promise<MyVacanciesPage> {
    const company = await this.membership.requireCompanyOf(actor);
    const offset = (query.page - 1) * query.pageSize;
    const [[items, total], counts] = await Promise.all([
      offset > MAX_OFFSET
        ? Promise.resolve([[], 0] as [VacancyEntity[], number])
        : this.vacancies.pageOfCompany(company.id, query.status, offset, query.pageSize),
      this.vacancies.countsByStatus(company.id),
    ]);
    return {
      items: items.map(toVacancyView),
      total,
      page: query.page,
      pageSize: query.pageSize,
      counts: toStatusCounts(counts),
    };
  }

  async create(actor: Actor, dto: VacancyTermsDto): Promise<VacancyView> {
    throwIfInvalid(termsErrors(dto, { today: this.today() }));
    const company = await this.membership.requireCompanyOf(actor);
    const verified = await this.verifiedCountries(company);
    if (dto.openTo) assertOpenTo(dto.openTo, verified);
    await this.occupations.requireChoosable(dto.occupationCode, 'occupationCode');
    const occupation = await this.occupations.byCode(dto.occupationCode);
    return this.dataSource.transaction(async (manager) => {
      const vacancy = await this.vacancies.insert(manager, {
        ...termsColumns(dto, occupation),
        openTo: dto.openTo ? defaultOpenTo(dto.openTo) : defaultOpenTo(verified),
        companyId: company.id,
        status: VacancyStatus.Draft,
        createdBy: actor.id,
      });
      await this.workflow.recordEvent(manager, actor, 'create', vacancy);
      return toVacancyView(vacancy);
    });
  }

  async getMine(actor: Actor, id: string): Promise<VacancyView> {
    return toVacancyView((await this.findMine(actor, id)).vacancy);
  }

  /**
   * Saves new terms over the version the employer edited. A published vacancy whose material terms change (every
   * term but the places and the deadline) goes back to the attaché and leaves search until approved again (its
   * previous terms stay in the history); any other edit of a published vacancy stays published. Every save of a
   * published vacancy records a revision and is checked against the wage floor.
   */
  async update(actor: Actor, id: string, dto: UpdateVacancyDto): Promise<VacancyView> {
    const { version, openTo: chosen, ...terms } = dto;
    return this.dataSource.transaction(async (manager) => {
      const { vacancy, company } = await this.findMine(actor, id, manager);
      if (vacancy.version !== version) throw STALE_VERSION();
      const verified = await this.verifiedCountries(company, manager);
      // A country chosen before it suspended the company may stay chosen: its reinstatement shows the vacancy there again.
      if (chosen) assertOpenTo(chosen, [...verified, ...vacancy.openTo]);
      const openTo = chosen ? defaultOpenTo(chosen) : vacancy.openTo;
      if (!EMPLOYER_EDITABLE_VACANCY_STATUSES.includes(vacancy.status)) {
        throw new ProblemException(409, {
          code: 'vacancy.notEditable',
          detail: `A ${vacancy.status} vacancy cannot be edited.`,
          params: { status: vacancy.status },
        });
      }
      const today = this.today();
      throwIfInvalid(
        termsErrors(terms, {
          previousStartDate: vacancy.startDate,
          filledPositions: vacancy.filledPositions,
          today,
        }),
      );
      // The occupation it has stays choosable, even deactivated since; another must be on the list and offered.
      await this.occupations.requireChoosable(terms.occupationCode, 'occupationCode', vacancy.occupationCode);
      const before = toTermsView(vacancy);
      const columns = termsColumns(terms, await this.occupations.byCode(terms.occupationCode));
      const changed = (Object.keys(before) as Array<keyof typeof before>).filter(
        (key) => JSON.stringify(before[key]) !== JSON.stringify(columns[key]),
      );
      // Whoever applied hears of a new wage, housing or hours, with the old and new values, whatever happens to the vacancy.
      const told = applicantFacingChanges(before, columns);
      if (told) await this.vacancies.tellOpenApplicantsOfChange(manager, { id: vacancy.id, title: columns.title }, told);

      // A published vacancy meets the wage floor after every save, whatever changed (the floor moves with the date too).
      const companyStatus = companyStatusAnywhere(company, await this.vacancies.companyCountries(company.id, manager));
      if (vacancy.status === VacancyStatus.Published) assertSubmittable({ companyStatus, ...columns }, today, await this.minimumWages.table());
      const opened = newlyOpenedCountries(vacancy.openTo, openTo);
      if (vacancy.status === VacancyStatus.Published && (isMaterialChange(before, columns) || opened.length > 0)) {
        this.workflow.check(vacancy, VacancyStatus.PendingReview, actor, ['materialChange']);
        const moved = await this.workflow.move(manager, actor, vacancy, VacancyStatus.PendingReview, 'materialChange', {
          changes: {
            ...columns,
            openTo,
            statusReason: null,
            submittedAt: () => 'now()',
          },
          revision: true,
          data: { changed, material: materialChanges(before, columns), ...(opened.length > 0 ? { openedTo: opened } : {}) },
        });
        return toVacancyView(moved);
      }
      const saved = await this.workflow.update(manager, vacancy, { ...columns, openTo });
      if (saved.status === VacancyStatus.Published) await this.workflow.recordRevision(manager, saved, actor);
      await this.workflow.recordEvent(manager, actor, 'update', saved, {
        changed,
        ...(chosen && JSON.stringify(openTo) !== JSON.stringify(vacancy.openTo) ? { openTo: { from: vacancy.openTo, to: openTo } } : {}),
      });
      return toVacancyView(saved);
    });
  }

  /** DRAFT → PENDING_REVIEW, or REJECTED → PENDING_REVIEW after corrections. */
  async submit(actor: Actor, id: string): Promise<VacancyView> {
    return this.dataSource.transaction(async (manager) => {
      const { vacancy, company } = await this.findMine(actor, id, manager);
      const move = this.workflow.check(vacancy, VacancyStatus.PendingReview, actor, ['submit', 'resubmit']);
      const countries = await this.vacancies.companyCountries(company.id, manager);
      assertSubmittable({ companyStatus: companyStatusAnywhere(company, countries), ...vacancy }, this.today(), await this.minimumWages.table());
      // A draft made before any country verified the company is open to every country that has by now.
      const verified = verifiedCountriesOf(company, countries);
      const openTo = vacancy.openTo.length ? vacancy.openTo : defaultOpenTo(verified);
      assertOpenTo(openTo, verified);
      const moved = await this.workflow.move(manager, actor, vacancy, VacancyStatus.PendingReview, move, {
        changes: { statusReason: null, submittedAt: () => 'now()', openTo },
        revision: true,
      });
      await this.scheduleReviewDeadline(manager, moved);
      return toVacancyView(moved);
    });
  }

  /**
   * The review is due in VACANCY_REVIEW_WORKING_DAYS: the reviewing attachés (of every country it is open to, covering
   * its region) are reminded the day before, and the admins told once it has passed unreviewed. Written with the
   * submission, through the reminder outbox; a resubmission is a new submission time, so the old jobs find nothing.
   */
  private async scheduleReviewDeadline(manager: EntityManager, vacancy: VacancyEntity): Promise<void> {
    if (!vacancy.submittedAt) return;
    const submittedAt = new Date(vacancy.submittedAt).toISOString();
    const deadline = reviewDeadlineOf(new Date(submittedAt), vacancy.openTo, deadlineTargets(this.config));
    const reviewers = await this.vacancies.reviewersOf(manager, vacancy.openTo, vacancy.regionCode);
    const reminder = { aggregateType: 'vacancy', aggregateId: vacancy.id };
    const path = `/attache/vacancies/${vacancy.id}`;
    const key = (kind: string) => jobIdFor(ReminderJob.Remind, kind, 'vacancy', vacancy.id, Date.parse(submittedAt));
    await this.outbox.scheduleReminder(
      manager,
      { ...reminder, kind: 'deadline', recipientIds: reviewers, payload: { subject: vacancy.title, deadline, path, submittedAt } },
      new Date(reminderTimeFor(deadline)),
      key('deadline'),
    );
    await this.outbox.scheduleReminder(
      manager,
      { ...reminder, kind: 'overdue', recipientIds: [], payload: { deadline, submittedAt } },
      new Date(deadline),
      key('overdue'),
    );
  }

  /** DRAFT or PUBLISHED → CLOSED. */
  async withdraw(actor: Actor, id: string): Promise<VacancyView> {
    return this.dataSource.transaction(async (manager) => {
      const { vacancy } = await this.findMine(actor, id, manager);
      this.workflow.check(vacancy, VacancyStatus.Closed, actor, ['withdraw']);
      const closed = await this.workflow.move(manager, actor, vacancy, VacancyStatus.Closed, 'withdraw');
      // A closed vacancy recruits no one: its open applications end now, and their candidates are told.
      await this.closure.closeOpenApplications(manager, { vacancyIds: [vacancy.id] }, 'vacancyClosed');
      return toVacancyView(closed);
    });
  }

  async history(actor: Actor, id: string): Promise<VacancyHistoryView> {
    const { vacancy } = await this.findMine(actor, id);
    return this.workflow.history(vacancy.id);
  }

  private async verifiedCountries(company: CompanyEntity, manager?: EntityManager): Promise<string[]> {
    return verifiedCountriesOf(company, await this.vacancies.companyCountries(company.id, manager));
  }

  /** The vacancy if it belongs to the actor's company; any other is "not found", never "forbidden". */
  private async findMine(actor: Actor, id: string, manager?: EntityManager): Promise<{ vacancy: VacancyEntity; company: CompanyEntity }> {
    const company = await this.membership.requireCompanyOf(actor, manager);
    const vacancy = await this.vacancies.findOfCompany(id, company.id, manager);
    if (!vacancy) throw VACANCY_NOT_FOUND();
    return { vacancy, company };
  }
}
