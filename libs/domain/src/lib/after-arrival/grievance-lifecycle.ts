/** A grievance of a migrant after arrival: received → in progress → referred → resolved → closed, as a table. */
import {
  defineStateMachine,
  allowedTransitions,
  isFinal,
  transition,
  type TransitionResult,
  type TransitionRule,
} from '../state-machine/state-machine';
import { ApplicationActor } from '../applications/application-actor';

export enum GrievanceStatus {
  /** Opened by the migrant or by a check-in answer; nobody has taken it up yet. */
  Received = 'RECEIVED',
  InProgress = 'IN_PROGRESS',
  /** Handed to another body (labour inspection, police, the consulate); the attaché follows it. */
  Referred = 'REFERRED',
  /** The outcome is recorded; the migrant reads it. */
  Resolved = 'RESOLVED',
  Closed = 'CLOSED',
}

export const ALL_GRIEVANCE_STATUSES: readonly GrievanceStatus[] = Object.values(GrievanceStatus);

export const GRIEVANCE_CATEGORIES = ['passportHeld', 'recruitmentFee', 'safety', 'wage', 'housing', 'contract', 'other'] as const;
export type GrievanceCategory = (typeof GRIEVANCE_CATEGORIES)[number];

export function isGrievanceCategory(value: unknown): value is GrievanceCategory {
  return typeof value === 'string' && (GRIEVANCE_CATEGORIES as readonly string[]).includes(value);
}

const { Received, InProgress, Referred, Resolved, Closed } = GrievanceStatus;
const { Migrant, Attache, Admin, System } = ApplicationActor;
const STAFF = [Attache, Admin] as const;

export const GRIEVANCE_LIFECYCLE = defineStateMachine<GrievanceStatus, ApplicationActor>(ALL_GRIEVANCE_STATUSES, [
  { from: Received, to: InProgress, actors: STAFF, name: 'takeUp' },
  // The body it goes to is the reason: the migrant reads where their case went.
  { from: InProgress, to: Referred, actors: STAFF, requiresReason: true, name: 'refer' },
  // The outcome is the reason, recorded and shown to the migrant.
  { from: Received, to: Resolved, actors: STAFF, requiresReason: true, name: 'resolve' },
  { from: InProgress, to: Resolved, actors: STAFF, requiresReason: true, name: 'resolve' },
  { from: Referred, to: Resolved, actors: STAFF, requiresReason: true, name: 'resolve' },
  // The migrant says the outcome is not what happened: back to the staff.
  { from: Resolved, to: InProgress, actors: [Migrant], requiresReason: true, name: 'reopen' },
  // The migrant accepts the outcome, the staff close it, or the system does after a quiet while.
  { from: Resolved, to: Closed, actors: [Migrant, ...STAFF, System], name: 'close' },
]);

export type GrievanceMove = 'takeUp' | 'refer' | 'resolve' | 'reopen' | 'close';
export const GRIEVANCE_MOVES: readonly GrievanceMove[] = ['takeUp', 'refer', 'resolve', 'reopen', 'close'];

export function isGrievanceMove(value: unknown): value is GrievanceMove {
  return typeof value === 'string' && (GRIEVANCE_MOVES as readonly string[]).includes(value);
}

/** The target of a named grievance move. */
export function grievanceMoveTarget(move: GrievanceMove): GrievanceStatus {
  const rule = GRIEVANCE_LIFECYCLE.transitions.find((candidate) => candidate.name === move);
  if (!rule) throw new Error(`No grievance move is called ${move}`);
  return rule.to;
}

export function grievanceTransition(from: GrievanceStatus, to: GrievanceStatus, actor: ApplicationActor, reason?: string): TransitionResult {
  return transition(GRIEVANCE_LIFECYCLE, from, to, actor, reason);
}

export function allowedGrievanceTransitions(
  from: GrievanceStatus,
  actor: ApplicationActor,
): readonly TransitionRule<GrievanceStatus, ApplicationActor>[] {
  return allowedTransitions(GRIEVANCE_LIFECYCLE, from, actor);
}

export function isFinalGrievanceStatus(status: GrievanceStatus): boolean {
  return isFinal(GRIEVANCE_LIFECYCLE, status);
}

/** Staff may write to the migrant until the case is closed; the migrant too. */
export function grievanceTakesMessages(status: GrievanceStatus): boolean {
  return status !== Closed;
}

/** How many files one grievance keeps as evidence. */
export const GRIEVANCE_ATTACHMENT_LIMIT = 5;

/** Why the migrant may not add a file to a grievance now (closed, or already holding the limit); null when they may. */
export function grievanceAttachmentRefusal(status: GrievanceStatus, attachments: number): 'closed' | 'full' | null {
  if (!grievanceTakesMessages(status)) return 'closed';
  return attachments >= GRIEVANCE_ATTACHMENT_LIMIT ? 'full' : null;
}

/**
 * The attachés responsible for a grievance, among the staff of the migrant's country: the regional representatives
 * covering the work region, else the country-wide staff (a representative of other regions never sees it).
 */
export function responsibleAttaches<T extends { coveredRegions: readonly string[] | null }>(attaches: readonly T[], workRegion: string): T[] {
  const covering = attaches.filter((attache) => attache.coveredRegions !== null && attache.coveredRegions.includes(workRegion));
  return covering.length > 0 ? covering : attaches.filter((attache) => attache.coveredRegions === null);
}

/** Whether an attaché (of the grievance's country) may see it: one limited to regions sees only those regions'. */
export function attacheSeesGrievance(coveredRegions: readonly string[] | null | undefined, workRegion: string): boolean {
  return coveredRegions === null || coveredRegions === undefined || coveredRegions.includes(workRegion);
}

/** The grievance stages that run against a deadline the attaché owns (DEADLINE_STAGES). */
export type GrievanceDeadlineStage = 'grievanceTakeUp' | 'grievanceResolution';

/**
 * What entering a status does to the grievance's deadline: start the clock of a stage (received: to be taken up; in
 * progress, also when reopened: to be resolved or referred), keep the running one (referred: the attaché still follows
 * it up by the same date), or stop it (resolved, closed: nobody owes anything).
 */
export function grievanceDeadlineOnEntering(status: GrievanceStatus): { start: GrievanceDeadlineStage } | 'keep' | 'stop' {
  switch (status) {
    case Received:
      return { start: 'grievanceTakeUp' };
    case InProgress:
      return { start: 'grievanceResolution' };
    case Referred:
      return 'keep';
    case Resolved:
    case Closed:
      return 'stop';
  }
}

/** Statuses in which a grievance waits on the staff, so a passed deadline makes it overdue. */
export const GRIEVANCE_STATUSES_AWAITING_STAFF: readonly GrievanceStatus[] = [Received, InProgress, Referred];
