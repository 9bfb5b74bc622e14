/**
 * Vacancies close themselves: a published vacancy whose application deadline has passed (Moscow calendar) or whose
 * every position is filled moves to CLOSED as the system, through the vacancy workflow (audited, cause as reason), and
 * its open applications close with it, their applicants told (application.closed). The public search already hides
 * such a vacancy (vacancy-search.ts); this makes it final. Idempotent: a vacancy is re-read under a row lock and
 * closed only while still published and due, so two runs at once close it once.
 */
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { MOSCOW_TIME_ZONE, VacancyStatus, closeVacancyAutomatically, type AutomaticClosureCause, type IsoDate } from '@jumush/domain';
import { Clock } from '@jumush/server/config';
import type { CloseDueVacanciesJobReturn } from '@jumush/server/queues';
import { ApplicationClosureService } from '../applications/application-closure.service';
import { VacanciesRepository } from './vacancies.repository';
import { VacancyWorkflow } from './vacancy-workflow.service';

/** The same rule as the search and the repository's dueToClose, for a vacancy already read. */
export function closureCauseOf(
  vacancy: { status: VacancyStatus; applicationDeadline: string; positions: number; filledPositions: number },
  today: IsoDate,
): AutomaticClosureCause | null {
  if (vacancy.status !== VacancyStatus.Published) return null;
  if (vacancy.filledPositions >= vacancy.positions) return 'filled';
  return vacancy.applicationDeadline < today ? 'deadlinePassed' : null;
}

@Injectable()
export class VacancyClosingService {
  private readonly logger = new Logger(VacancyClosingService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vacancies: VacanciesRepository,
    private readonly workflow: VacancyWorkflow,
    private readonly closure: ApplicationClosureService,
    private readonly clock: Clock,
  ) {}

  /** Closes every due vacancy (or only the given ones, if due), each in its own transaction. */
  async closeDue(vacancyIds?: readonly string[]): Promise<CloseDueVacanciesJobReturn> {
    const today = this.clock.today(MOSCOW_TIME_ZONE);
    const result: CloseDueVacanciesJobReturn = { closed: [], applicationsClosed: 0 };
    for (const due of await this.vacancies.dueToClose(today, vacancyIds)) {
      const closed = await this.closeOne(due.id, today);
      if (!closed) continue;
      result.closed.push({ vacancyId: due.id, cause: closed.cause });
      result.applicationsClosed += closed.applications;
    }
    if (result.closed.length > 0) this.logger.log(`Closed ${result.closed.length} vacancies, ${result.applicationsClosed} open applications`);
    return result;
  }

  private closeOne(vacancyId: string, today: IsoDate): Promise<{ cause: AutomaticClosureCause; applications: number } | null> {
    return this.dataSource.transaction(async (manager) => {
      const vacancy = await this.vacancies.findForUpdate(manager, vacancyId);
      const cause = vacancy ? closureCauseOf(vacancy, today) : null;
      if (!vacancy || !cause || !closeVacancyAutomatically(vacancy.status, cause).ok) return null;
      await this.workflow.move(manager, null, vacancy, VacancyStatus.Closed, 'closeAutomatically', {
        changes: { statusReason: cause },
        reason: cause,
        data: { cause },
      });
      const applications = await this.closure.closeOpenApplications(manager, { vacancyIds: [vacancyId] }, 'vacancyClosed');
      return { cause, applications };
    });
  }
}
