/** Ends open applications when their vacancy closes or their employer is suspended, in the caller's transaction. */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ApplicationClosureCause } from '@jumush/domain';
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
    where: { vacancyIds?: string[]; companyId?: string },
    cause: ApplicationClosureCause,
  ): Promise<number> {
    const moved = await this.moves.move(manager, {
      move: 'close',
      actor: null,
      select: { vacancyIds: where.vacancyIds, companyId: where.companyId },
      reason: cause,
    });
    return moved.length;
  }
}
