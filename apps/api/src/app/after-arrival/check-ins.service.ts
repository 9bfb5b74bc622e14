/**
 * Check-ins after arrival: scheduled with the arrival (in its transaction, through the reminder outbox), answered one
 * question at a time. The same answer twice — from the SMS link and from the app — records one check-in; a troubling
 * answer on the passport, a fee or safety opens a grievance by itself and alerts the attaché at once.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { CheckInView } from '@jumush/contracts';
import {
  CHECKED_IN_APPLICATION_STATUSES,
  CHECK_IN_QUESTIONS,
  checkInDueAt,
  grievanceCategoryOfAnswer,
  type Actor,
  type ApplicationStatus,
  type CheckInAnswer,
  type CheckInQuestion,
} from '@jumush/domain';
import { ApiConfig } from '@jumush/server/config';
import { queryRows } from '@jumush/server/database';
import { AuditService } from '../audit/audit.service';
import { CandidatesService } from '../candidates/candidates.service';
import { ProblemException } from '../http/problem';
import { CheckInsRepository, type CheckInRow } from './check-ins.repository';
import { GrievancesService } from './grievances.service';

const noSuchCheckIn = () => new ProblemException(404, { code: 'http.notFound', detail: 'No such check-in.' });

@Injectable()
export class CheckInsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly checkIns: CheckInsRepository,
    private readonly grievances: GrievancesService,
    private readonly candidates: CandidatesService,
    private readonly audit: AuditService,
    private readonly config: ApiConfig,
  ) {}

  /** Schedules the check-ins of an arrival at `arrivedAt`, in the caller's (the arrival's) transaction. */
  async scheduleForArrival(manager: EntityManager, applicationId: string, arrivedAt: Date): Promise<number> {
    const [owner] = await queryRows<{ account_id: string | null }>(
      manager,
      `SELECT p.account_id FROM applications a JOIN candidate_profiles p ON p.id = a.candidate_id WHERE a.id = $1`,
      [applicationId],
    );
    if (!owner?.account_id) return 0;
    const due = this.config.checkInDays.map((day) => ({ day, dueAt: checkInDueAt(arrivedAt, day) }));
    return this.checkIns.schedule(manager, applicationId, owner.account_id, due);
  }

  async mine(actor: Actor): Promise<CheckInView[]> {
    const profile = await this.candidates.mine(actor);
    return (await this.checkIns.ofCandidate(profile.id, this.dataSource.manager)).map(toView);
  }

  async mineOne(actor: Actor, id: string): Promise<CheckInView> {
    const profile = await this.candidates.mine(actor);
    const row = await this.checkIns.one(this.dataSource.manager, id);
    if (!row || row.candidate_id !== profile.id) throw noSuchCheckIn();
    return toView(row);
  }

  /**
   * One answer, in one tap. Answering again with the same answer changes nothing; another answer replaces it (a
   * mis-tap), but a grievance it opened stays open. A migrant no longer there (a no-show) answers nothing.
   */
  async answer(actor: Actor, id: string, question: CheckInQuestion, answer: CheckInAnswer): Promise<CheckInView> {
    const profile = await this.candidates.mine(actor);
    await this.dataSource.transaction(async (manager) => {
      const row = await this.checkIns.one(manager, id, true);
      if (!row || row.candidate_id !== profile.id) throw noSuchCheckIn();
      const [application] = await queryRows<{ status: ApplicationStatus }>(manager, `SELECT status FROM applications WHERE id = $1`, [
        row.application_id,
      ]);
      if (!application || !CHECKED_IN_APPLICATION_STATUSES.includes(application.status))
        throw new ProblemException(409, { code: 'checkIn.closed', detail: 'This job has ended; its check-ins take no answers.' });
      const changed = await this.checkIns.answer(manager, id, question, answer, CHECK_IN_QUESTIONS.length);
      if (!changed) return;
      await this.audit.record(manager, actor, {
        action: 'checkIn.answered',
        subjectType: 'check_in',
        subjectId: id,
        data: { question, answer, day: row.day, applicationId: row.application_id },
      });
      const category = grievanceCategoryOfAnswer(question, answer);
      if (category && row.origin_country)
        await this.grievances.openIn(manager, actor, {
          candidateId: row.candidate_id,
          applicationId: row.application_id,
          checkInId: id,
          originCountry: row.origin_country,
          regionCode: row.region_code,
          companyId: row.company_id,
          category,
          description: `check-in day ${row.day}: ${question} = ${answer}`,
          // Opened for the migrant without asking: the employer must not learn who answered.
          anonymous: true,
        });
    });
    return this.mineOne(actor, id);
  }
}

function toView(row: CheckInRow): CheckInView {
  return {
    id: row.id,
    applicationId: row.application_id,
    vacancyTitle: row.vacancy_title,
    day: row.day,
    dueAt: new Date(row.due_at).toISOString(),
    answers: row.answers,
    answeredAt: row.answered_at ? new Date(row.answered_at).toISOString() : null,
    grievanceIds: row.grievance_ids,
  };
}
