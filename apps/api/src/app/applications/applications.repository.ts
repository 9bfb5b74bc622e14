/** Reads of applications for the migrant and the employer, and the insert of a new one. Moves are in application-moves.repository.ts. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { ApplicantsQuery } from '@jumush/contracts';
import { ApplicationStatus, type LetterRevocationCategory, type TimedStage } from '@jumush/domain';
import {
  AccountEntity,
  ApplicationEntity,
  ApplicationEventEntity,
  CompanyCountryStatusEntity,
  CompanyMemberEntity,
  VacancyEntity,
} from '@jumush/server/database';

@Injectable()
export class ApplicationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** What the phone rule needs of the applying account (its role, number and when the number was proven). */
  applicantPhone(accountId: string): Promise<Pick<AccountEntity, 'role' | 'phone' | 'phoneVerifiedAt'> | null> {
    return this.dataSource
      .getRepository(AccountEntity)
      .findOne({ where: { id: accountId }, select: { id: true, role: true, phone: true, phoneVerifiedAt: true } });
  }

  vacancyWithCompany(vacancyId: string): Promise<VacancyEntity | null> {
    return this.dataSource.getRepository(VacancyEntity).findOne({ where: { id: vacancyId }, relations: { company: true } });
  }

  /** Each country's decision on a company. */
  companyCountries(companyId: string): Promise<CompanyCountryStatusEntity[]> {
    return this.dataSource.getRepository(CompanyCountryStatusEntity).find({ where: { companyId }, order: { country: 'ASC' } });
  }

  /** A vacancy only if it belongs to the company. */
  companyVacancy(companyId: string, vacancyId: string): Promise<VacancyEntity | null> {
    return this.dataSource.getRepository(VacancyEntity).findOneBy({ id: vacancyId, companyId });
  }

  insertSubmitted(manager: EntityManager, application: { vacancyId: string; candidateId: string; note: string | null }): Promise<ApplicationEntity> {
    return manager.save(manager.create(ApplicationEntity, { ...application, status: ApplicationStatus.Submitted }));
  }

  /** The candidate's applications (or the one named), newest first, with their vacancy and its company. */
  candidateApplications(candidateId: string, id?: string): Promise<ApplicationEntity[]> {
    return this.dataSource.getRepository(ApplicationEntity).find({
      where: { candidateId, ...(id ? { id } : {}) },
      relations: { vacancy: { company: true } },
      order: { createdAt: 'DESC' },
    });
  }

  candidateApplication(candidateId: string, id: string): Promise<ApplicationEntity | null> {
    return this.dataSource.getRepository(ApplicationEntity).findOneBy({ id, candidateId });
  }

  /** Timeline entries of the applications, oldest first. */
  timelines(applicationIds: string[]): Promise<ApplicationEventEntity[]> {
    if (applicationIds.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(ApplicationEventEntity).find({ where: { applicationId: In(applicationIds) }, order: { id: 'ASC' } });
  }

  /** The revoked approval letters of these applications: when, and the category of the reason. */
  async revokedLetters(applicationIds: string[]): Promise<Map<string, { revokedAt: Date; category: LetterRevocationCategory | null }>> {
    if (applicationIds.length === 0) return new Map();
    const rows: Array<{ application_id: string; revoked_at: Date; revocation_category: LetterRevocationCategory | null }> =
      await this.dataSource.query(
        `SELECT application_id, revoked_at, revocation_category FROM approval_letters WHERE application_id = ANY($1::uuid[]) AND revoked_at IS NOT NULL`,
        [applicationIds],
      );
    return new Map(rows.map((row) => [row.application_id, { revokedAt: row.revoked_at, category: row.revocation_category }]));
  }

  /** An application to one of the company's vacancies. */
  companyApplication(companyId: string, id: string): Promise<ApplicationEntity | null> {
    return this.dataSource
      .getRepository(ApplicationEntity)
      .createQueryBuilder('application')
      .innerJoin('application.vacancy', 'vacancy')
      .where('application.id = :id AND vacancy.companyId = :companyId', { id, companyId })
      .getOne();
  }

  reload(manager: EntityManager, id: string): Promise<ApplicationEntity> {
    return manager.findOneByOrFail(ApplicationEntity, { id });
  }

  /**
   * One page of a vacancy's applicants with their profile and account: those still waiting for an answer past the
   * shortlisting deadline (applied before `overdueBefore`) first, then oldest application first. Both joins are
   * many-to-one, so LIMIT/OFFSET pages rows exactly.
   */
  applicantsPage(vacancyId: string, query: ApplicantsQuery, overdueBefore: Date): Promise<[ApplicationEntity[], number]> {
    const builder = this.dataSource
      .getRepository(ApplicationEntity)
      .createQueryBuilder('application')
      .innerJoinAndSelect('application.candidate', 'candidate')
      .leftJoinAndSelect('candidate.account', 'account')
      .where('application.vacancyId = :vacancyId', { vacancyId })
      .orderBy(`CASE WHEN "application"."status" = 'SUBMITTED' AND "application"."created_at" < :overdueBefore THEN 0 ELSE 1 END`, 'ASC')
      .addOrderBy('application.createdAt', 'ASC')
      .addOrderBy('application.id', 'ASC')
      .setParameter('overdueBefore', overdueBefore)
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize);
    if (query.status) builder.andWhere('application.status = :status', { status: query.status });
    if (query.minReadiness !== undefined) builder.andWhere('candidate.readinessPercent >= :minReadiness', { minReadiness: query.minReadiness });
    if (query.russianLevel) builder.andWhere('candidate.russianLevel = :russianLevel', { russianLevel: query.russianLevel });
    if (query.minExperience !== undefined) builder.andWhere('candidate.experienceYears >= :minExperience', { minExperience: query.minExperience });
    if (query.residenceRegion) builder.andWhere('candidate.residenceRegionCode = :residenceRegion', { residenceRegion: query.residenceRegion });
    return builder.getManyAndCount();
  }

  /**
   * Days each application spent in each of `stages` over the last `windowDays`: from the event that entered a stage
   * to the next event of the same application (stages still under way are not counted).
   */
  stageDurations(windowDays: number, stages: readonly string[]): Promise<Array<{ stage: TimedStage; days: number }>> {
    return this.dataSource.query(
      `SELECT stage, days FROM (
         SELECT e.to_status::text AS stage,
                EXTRACT(EPOCH FROM (LEAD(e.created_at) OVER (PARTITION BY e.application_id ORDER BY e.id) - e.created_at)) / 86400.0 AS days,
                LEAD(e.created_at) OVER (PARTITION BY e.application_id ORDER BY e.id) AS left_at
           FROM application_events e
          WHERE e.application_id IN (SELECT application_id FROM application_events WHERE created_at >= now() - make_interval(days => $1))
       ) spans
       WHERE days IS NOT NULL AND left_at >= now() - make_interval(days => $1) AND stage = ANY($2)`,
      [windowDays, [...stages]],
    );
  }

  /** Accounts of the company's recruiters (members who have accepted). */
  async recruitersOf(manager: EntityManager, companyId: string): Promise<string[]> {
    const members = await manager.find(CompanyMemberEntity, { where: { companyId }, select: { accountId: true } });
    return members.map((member) => member.accountId).filter((id): id is string => id !== null);
  }
}
