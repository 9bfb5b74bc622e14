/**
 * Ends open applications when their vacancy closes or their employer is suspended, and gives back what a suspension
 * closed when the employer is reinstated; in the caller's transaction.
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APPLICATION_REOPENING_CAUSE, type ApplicationClosureCause, type IsoDate } from '@jumush/domain';
import { ApplicationMovesRepository } from './application-moves.repository';

@Injectable()
export class ApplicationClosureService {
  constructor(private readonly moves: ApplicationMovesRepository) {}

  /**
   * Ends every open application of the given vacancies (closed), or of the company's vacancies (suspended), as
   * the system, with the cause as the reason: timeline entries, audit events and notifications like every move.
   */
  async closeOpenApplications(
    manager: EntityManager,
    where: { vacancyIds?: string[]; companyId?: string; citizenships?: readonly string[] },
    cause: ApplicationClosureCause,
  ): Promise<number> {
    const moved = await this.moves.move(manager, {
      move: 'close',
      actor: null,
      select: { vacancyIds: where.vacancyIds, companyId: where.companyId, citizenships: where.citizenships },
      reason: cause,
    });
    return moved.length;
  }

  /**
   * After a reinstatement, reopens (CLOSED → SUBMITTED, see reopensOnReinstatement) the company's applications that
   * its suspension closed, of candidates of `citizenships` (the countries where it recruits again), whose vacancy
   * still takes them on `today`. The shortlist, batch place or letter they had stays given up: the employer decides again.
   */
  async reopenClosedBySuspension(
    manager: EntityManager,
    where: { companyId: string; citizenships: readonly string[] },
    today: IsoDate,
  ): Promise<number> {
    if (where.citizenships.length === 0) return 0;
    const cause: ApplicationClosureCause = 'employerSuspended';
    const moved = await this.moves.move(manager, {
      move: 'reopen',
      actor: null,
      select: { companyId: where.companyId, citizenships: where.citizenships, statusReason: cause, vacancyTakesApplicantsOn: today },
      reason: APPLICATION_REOPENING_CAUSE,
    });
    return moved.length;
  }
}
