/**
 * Departure, arrival and the start of work: the migrant confirms departure and arrival in one tap each (a tap
 * replayed by an offline phone's queue is a success, not a conflict), the employer confirms the start of work or
 * records a no-show with the reason. Every move goes through the application moves repository; the arrival
 * schedules the check-ins in its own transaction.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MyApplicationView } from '@jumush/contracts';
import {
  ApplicationStatus,
  Role,
  applicationActorOf,
  applicationMoveTarget,
  applicationTransition,
  hasReachedApplicationStatus,
  type Actor,
  type ApplicationMove,
} from '@jumush/domain';
import { Clock } from '@jumush/server/config';
import type { ApplicationEntity } from '@jumush/server/database';
import { CheckInsService } from '../after-arrival/check-ins.service';
import { CandidatesService } from '../candidates/candidates.service';
import { CompanyMembershipService } from '../companies/company-membership.service';
import { refusedTransitionProblem } from '../http/transition-problem';
import { ApplicationMovesRepository } from './application-moves.repository';
import { ApplicationsRepository } from './applications.repository';
import { MyApplicationsService, noSuchApplication, staleApplication } from './my-applications.service';

@Injectable()
export class ArrivalService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationsRepository,
    private readonly moves: ApplicationMovesRepository,
    private readonly candidates: CandidatesService,
    private readonly membership: CompanyMembershipService,
    private readonly mine: MyApplicationsService,
    private readonly checkIns: CheckInsService,
    private readonly clock: Clock,
  ) {}

  /** The migrant left home for the job. */
  async depart(actor: Actor, id: string): Promise<MyApplicationView> {
    const application = await this.migrantApplication(actor, id);
    await this.confirm(actor, application, 'depart');
    return this.mine.mineOne(actor, id);
  }

  /** The migrant reached the employer: the after-arrival checklist and the check-ins count from now. */
  async arrive(actor: Actor, id: string): Promise<MyApplicationView> {
    const application = await this.migrantApplication(actor, id);
    await this.confirm(actor, application, 'arrive');
    return this.mine.mineOne(actor, id);
  }

  /** The employer confirms the migrant started work. */
  async startWork(actor: Actor, id: string, version?: number): Promise<{ status: ApplicationStatus; version: number }> {
    return this.employerMove(actor, id, 'startWork', version);
  }

  /** The employer records that the migrant never came or never started, saying why. */
  async noShow(actor: Actor, id: string, reason: string, version?: number): Promise<{ status: ApplicationStatus; version: number }> {
    return this.employerMove(actor, id, 'noShow', version, reason);
  }

  /** A migrant's one-tap confirmation: done already (a replay from the offline queue) is success. */
  private async confirm(actor: Actor, application: ApplicationEntity, move: 'depart' | 'arrive'): Promise<void> {
    const to = applicationMoveTarget(move);
    if (hasReachedApplicationStatus(application.status, to)) return;
    const allowed = applicationTransition(application.status, to, applicationActorOf(actor.role));
    if (!allowed.ok) throw refusedTransitionProblem(allowed.reason, `A ${application.status} application cannot become ${to}.`);
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const moved = await this.moves.move(manager, { move, actor, select: { applicationIds: [application.id] } });
      // Someone else (the employer) recorded it a moment earlier: the same outcome, nothing to schedule twice.
      if (moved.length === 0) return;
      if (move === 'arrive') await this.checkIns.scheduleForArrival(manager, application.id, now);
    });
  }

  private async employerMove(
    actor: Actor,
    id: string,
    move: ApplicationMove,
    version?: number,
    reason?: string,
  ): Promise<{ status: ApplicationStatus; version: number }> {
    if (actor.role !== Role.Employer) throw noSuchApplication();
    const company = await this.membership.requireCompanyOf(actor);
    const application = await this.applications.companyApplication(company.id, id);
    if (!application) throw noSuchApplication();
    const to = applicationMoveTarget(move);
    const allowed = applicationTransition(application.status, to, applicationActorOf(actor.role), reason);
    if (!allowed.ok) throw refusedTransitionProblem(allowed.reason, `A ${application.status} application cannot become ${to}.`);
    const saved = await this.dataSource.transaction(async (manager) => {
      const moved = await this.moves.move(manager, {
        move,
        actor,
        select: { applicationIds: [id] },
        reason: reason ?? null,
        ...(version === undefined ? {} : { expectedVersion: version }),
      });
      if (moved.length === 0) throw staleApplication();
      return this.applications.reload(manager, id);
    });
    return { status: saved.status, version: saved.version };
  }

  private async migrantApplication(actor: Actor, id: string): Promise<ApplicationEntity> {
    const profile = await this.candidates.mine(actor);
    const application = await this.applications.candidateApplication(profile.id, id);
    if (!application) throw noSuchApplication();
    return application;
  }
}
