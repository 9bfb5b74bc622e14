/** The planned departure date and the reminder it schedules through the reminder outbox. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { PlannedDepartureDto } from '@jumush/contracts';
import { departureDateProblem, departureReminderAt, homeTimeZoneOf, type Actor } from '@jumush/domain';
import { Clock } from '@jumush/server/config';
import type { CandidateProfileEntity } from '@jumush/server/database';
import { departureReminderData, departureReminderJobId } from '@jumush/server/queues';
import { AuditService } from '../audit/audit.service';
import { fieldProblem } from './candidate-problems';
import { CandidateProfilesRepository } from './candidate-profiles.repository';
import { CandidatesService } from './candidates.service';

@Injectable()
export class DepartureService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly candidates: CandidatesService,
    private readonly profiles: CandidateProfilesRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * Plans (or clears) the departure date. A new date writes a reminder-outbox row in the same transaction:
   * the worker schedules the reminder 3 days before, and nothing is lost while Redis is down. The job of an
   * earlier date stays queued and finds itself stale when it runs. The domain counts the days and the reminder's
   * 09:00 on the calendar of the migrant's citizenship (Bishkek, Tashkent, Dushanbe).
   */
  async plan(actor: Actor, dto: PlannedDepartureDto): Promise<CandidateProfileEntity> {
    const now = this.clock.now();
    const date = dto.plannedDepartureOn;
    return this.dataSource.transaction(async (manager) => {
      const profile = await this.candidates.mine(actor, manager);
      const homeTimeZone = homeTimeZoneOf(profile.originCountry);
      const problem = date === null ? null : departureDateProblem(date, now, homeTimeZone);
      if (problem) throw fieldProblem('plannedDepartureOn', problem);
      if (profile.plannedDepartureOn === date) return profile;
      const saved = await this.profiles.save(manager, Object.assign(profile, { plannedDepartureOn: date }));
      const dueAt = date === null ? null : departureReminderAt(date, now, homeTimeZone);
      if (date !== null && dueAt !== null)
        await this.profiles.queueReminder(manager, {
          jobId: departureReminderJobId(profile.id, date),
          data: departureReminderData(profile.id, actor.id, date),
          dueAt,
        });
      await this.audit.record(manager, actor, {
        action: 'candidate.departurePlanned',
        subjectType: 'candidate',
        subjectId: profile.id,
        data: { plannedDepartureOn: date },
      });
      return saved;
    });
  }
}
