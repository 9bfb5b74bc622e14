/** A migrant's application from submission through the employer's shortlist and the attaché's batch to arrival. */
import {
  allowedTransitions,
  canMove,
  defineStateMachine,
  isFinal,
  moveRequiresReason,
  sourcesOf,
  targetOf,
  reachableFrom,
  transition,
  type TransitionResult,
  type TransitionRule,
} from '../state-machine/state-machine';
import { ApplicationActor } from './application-actor';

export enum ApplicationStatus {
  /** Sent by the migrant; the employer has not decided yet. */
  Submitted = 'SUBMITTED',
  Shortlisted = 'SHORTLISTED',
  /** Not chosen by the employer. */
  Declined = 'DECLINED',
  /** In a batch the employer sent to the labour attaché for approval. */
  InBatch = 'IN_BATCH',
  Approved = 'APPROVED',
  /** Not approved by the attaché. */
  Refused = 'REFUSED',
  /** On the way to Russia. */
  Departed = 'DEPARTED',
  Arrived = 'ARRIVED',
  /** The employer confirmed the migrant started work. */
  Working = 'WORKING',
  /** The migrant never arrived or never started work; the reason says which and why. */
  NoShow = 'NO_SHOW',
  /** Taken back by the migrant. */
  Withdrawn = 'WITHDRAWN',
  /** Ended by the system because the vacancy closed or the employer was suspended; nobody's decision about the migrant. */
  Closed = 'CLOSED',
}

const { Submitted, Shortlisted, Declined, InBatch, Approved, Refused, Departed, Arrived, Working, NoShow, Withdrawn, Closed } = ApplicationStatus;
const { Migrant, Employer, Attache, Admin, System } = ApplicationActor;
const OFFICIALS = [Attache, Admin] as const;

export const APPLICATION_LIFECYCLE = defineStateMachine<ApplicationStatus, ApplicationActor>(Object.values(ApplicationStatus), [
  { from: Submitted, to: Shortlisted, actors: [Employer], name: 'shortlist' },
  // The migrant is told why they were not chosen, as with every refusal.
  { from: Submitted, to: Declined, actors: [Employer], requiresReason: true, name: 'decline' },
  { from: Shortlisted, to: Declined, actors: [Employer], requiresReason: true, name: 'decline' },
  { from: Shortlisted, to: InBatch, actors: [Employer], name: 'addToBatch' },
  { from: InBatch, to: Shortlisted, actors: [Employer], name: 'removeFromBatch' },
  // The attaché returned the whole batch, or the employer withdrew it: its applications wait on the shortlist again.
  { from: InBatch, to: Shortlisted, actors: [System], name: 'batchReturned' },
  { from: InBatch, to: Approved, actors: OFFICIALS, name: 'approve' },
  { from: InBatch, to: Refused, actors: OFFICIALS, requiresReason: true, name: 'refuse' },
  // Whoever sees it first records the departure; the system does when a ticket or border crossing is confirmed.
  { from: Approved, to: Departed, actors: [Migrant, Employer, System], name: 'depart' },
  { from: Departed, to: Arrived, actors: [Employer, Migrant], name: 'arrive' },
  // Only the employer can say the work started; the check-ins after arrival ask the migrant how it goes.
  { from: Arrived, to: Working, actors: [Employer], name: 'startWork' },
  // Never came, or came and never started: the employer (or the attaché who learns of it) says why.
  { from: Departed, to: NoShow, actors: [Employer, ...OFFICIALS], requiresReason: true, name: 'noShow' },
  { from: Arrived, to: NoShow, actors: [Employer, ...OFFICIALS], requiresReason: true, name: 'noShow' },
  // A migrant may change their mind at any point before leaving home; saying why is their choice.
  { from: Submitted, to: Withdrawn, actors: [Migrant], name: 'withdraw' },
  { from: Shortlisted, to: Withdrawn, actors: [Migrant], name: 'withdraw' },
  { from: InBatch, to: Withdrawn, actors: [Migrant], name: 'withdraw' },
  { from: Approved, to: Withdrawn, actors: [Migrant], name: 'withdraw' },
  // The reason is one of APPLICATION_CLOSURE_CAUSES (see closeOpenApplication). An approved application is not
  // closed with its vacancy: approvals are what fill a vacancy, and the approved migrant keeps the place.
  { from: Submitted, to: Closed, actors: [System], requiresReason: true, name: 'close' },
  { from: Shortlisted, to: Closed, actors: [System], requiresReason: true, name: 'close' },
  { from: InBatch, to: Closed, actors: [System], requiresReason: true, name: 'close' },
  // The system undoes its own closure when the attaché who suspended the employer reinstates it (the reason is
  // 'employerReinstated'): back to the start, the employer decides again. Nobody else reopens a closed application.
  { from: Closed, to: Submitted, actors: [System], requiresReason: true, name: 'reopen' },
]);

/**
 * The lifecycle as the migrant lives it: without the system's reopening of its own closure. What is "final",
 * "open" or "on the way to arrival" is read from it, so a CLOSED application stays ended until a reinstatement
 * actually reopens it (and never counts as sharing contacts or awaiting anyone).
 */
const FORWARD_LIFECYCLE = defineStateMachine(
  APPLICATION_LIFECYCLE.states,
  APPLICATION_LIFECYCLE.transitions.filter((rule) => rule.name !== 'reopen'),
);

export const ALL_APPLICATION_STATUSES: readonly ApplicationStatus[] = APPLICATION_LIFECYCLE.states;

/** The named moves of an application, as in the table above; `submit` creates one (it has no source). */
export const APPLICATION_MOVES = [
  'shortlist',
  'decline',
  'addToBatch',
  'removeFromBatch',
  'batchReturned',
  'approve',
  'refuse',
  'depart',
  'arrive',
  'startWork',
  'noShow',
  'withdraw',
  'close',
  'reopen',
] as const;
export type ApplicationMove = (typeof APPLICATION_MOVES)[number];

/** Where a move leads. */
export function applicationMoveTarget(move: ApplicationMove): ApplicationStatus {
  return targetOf(APPLICATION_LIFECYCLE, move);
}

/** The statuses `actor` may make `move` from: a set-based move changes only applications in one of these. */
export function applicationMoveSources(move: ApplicationMove, actor: ApplicationActor): readonly ApplicationStatus[] {
  return sourcesOf(APPLICATION_LIFECYCLE, move, actor);
}

export function applicationMoveRequiresReason(move: ApplicationMove, actor: ApplicationActor): boolean {
  return moveRequiresReason(APPLICATION_LIFECYCLE, move, actor);
}

/** Statuses that keep the approval: the trip it was for goes on (its letter stays valid, its position stays taken). */
export const APPROVAL_HOLDING_STATUSES: readonly ApplicationStatus[] = [Approved, Departed, Arrived, Working];

/**
 * Whether an approved application that makes this move gives its approval up: its position is freed and its letter
 * stops being valid (a withdrawal). Departing is the approval's use, not its end.
 */
export function releasesApproval(move: ApplicationMove): boolean {
  return !APPROVAL_HOLDING_STATUSES.includes(applicationMoveTarget(move));
}

/** The moves a batch makes of its own applications: its edit, its return and its decision. */
export const BATCH_OWN_MOVES: readonly ApplicationMove[] = ['removeFromBatch', 'batchReturned', 'approve', 'refuse'];

/** Whether an application in a batch that makes this move leaves its batch undecided (a withdrawal, a closure): its place there closes. */
export function leavesBatchUndecided(move: ApplicationMove): boolean {
  return applicationMoveTarget(move) !== ApplicationStatus.InBatch && !BATCH_OWN_MOVES.includes(move);
}

/**
 * Who hears of a move besides the migrant: the employer's recruiters are told of new applications, of
 * withdrawals and of applications a reinstatement reopened (their list changes without their doing); every other
 * move is theirs or the attaché's.
 */
export function employerIsToldOf(move: ApplicationMove | 'submit'): boolean {
  return move === 'submit' || move === 'withdraw' || move === 'reopen';
}

export function applicationTransition(from: ApplicationStatus, to: ApplicationStatus, actor: ApplicationActor, reason?: string): TransitionResult {
  return transition(APPLICATION_LIFECYCLE, from, to, actor, reason);
}

export function allowedApplicationTransitions(
  from: ApplicationStatus,
  actor: ApplicationActor,
): readonly TransitionRule<ApplicationStatus, ApplicationActor>[] {
  return allowedTransitions(APPLICATION_LIFECYCLE, from, actor);
}

/** Whether `actor` has the move at all (it may still need a reason): what a button or a status set asks. */
export function canMoveApplication(from: ApplicationStatus, to: ApplicationStatus, actor: ApplicationActor): boolean {
  return canMove(APPLICATION_LIFECYCLE, from, to, actor);
}

/**
 * Whether an application in `status` has already made it to `target` or past it (a departure recorded again once
 * the migrant arrived): what a replayed one-tap confirmation from an offline phone finds, and answers with success.
 */
export function hasReachedApplicationStatus(status: ApplicationStatus, target: ApplicationStatus): boolean {
  return status === target || reachableFrom(FORWARD_LIFECYCLE, target).includes(status);
}

export function isFinalApplicationStatus(status: ApplicationStatus): boolean {
  return isFinal(FORWARD_LIFECYCLE, status);
}

/** Still going somewhere. DEPARTED and ARRIVED are open: the application ends when work starts (or never does). */
export function isOpenApplication(status: ApplicationStatus): boolean {
  return !isFinalApplicationStatus(status);
}

/** In lifecycle order; derived from the table, so a new state lands on the right side by itself. */
export const OPEN_APPLICATION_STATUSES: readonly ApplicationStatus[] = ALL_APPLICATION_STATUSES.filter(isOpenApplication);

/** The statuses a migrant may take their application back from (before leaving home), in lifecycle order. */
export const WITHDRAWABLE_APPLICATION_STATUSES: readonly ApplicationStatus[] = ALL_APPLICATION_STATUSES.filter((status) =>
  canMoveApplication(status, Withdrawn, Migrant),
);

export function canWithdrawApplication(status: ApplicationStatus): boolean {
  return WITHDRAWABLE_APPLICATION_STATUSES.includes(status);
}

/** Waiting for the employer's first answer (shortlist or decline): the shortlisting deadline runs (see deadlineFor). */
export const APPLICATION_STATUSES_AWAITING_SHORTLISTING: readonly ApplicationStatus[] = ALL_APPLICATION_STATUSES.filter((status) =>
  allowedApplicationTransitions(status, Employer).some((rule) => rule.name === 'shortlist'),
);

/**
 * The employer has the migrant's name and phone from shortlisting on, while the application can still lead to
 * arrival or has (and while they work there): every status on a way from SHORTLISTED to ARRIVED. Declined, refused, withdrawn and closed
 * applications share nothing any more.
 */
export const CONTACT_SHARING_APPLICATION_STATUSES: readonly ApplicationStatus[] = ALL_APPLICATION_STATUSES.filter(
  (status) =>
    (status === Shortlisted || reachableFrom(FORWARD_LIFECYCLE, Shortlisted).includes(status)) &&
    (status === Arrived || status === Working || reachableFrom(FORWARD_LIFECYCLE, status).includes(Arrived)),
);

export const APPLICATION_CLOSURE_CAUSES = ['vacancyClosed', 'employerSuspended'] as const;
export type ApplicationClosureCause = (typeof APPLICATION_CLOSURE_CAUSES)[number];

/** The reason recorded when a reinstatement reopens what the employer's suspension closed. */
export const APPLICATION_REOPENING_CAUSE = 'employerReinstated';

/**
 * Whether a reinstatement gives an application back: only one the suspension itself closed (its reason says so),
 * and only while its vacancy still takes applicants (published, deadline not passed, a position left). One closed
 * because its vacancy closed, withdrawn, declined or refused stays as it is: someone decided that, not the suspension.
 * It restarts as SUBMITTED: the shortlist or batch place it had was given up when it closed.
 */
export function reopensOnReinstatement(
  application: { status: ApplicationStatus; statusReason: string | null },
  vacancy: { takesApplicants: boolean },
): boolean {
  const cause: ApplicationClosureCause = 'employerSuspended';
  return application.status === Closed && application.statusReason === cause && vacancy.takesApplicants;
}

/**
 * The statuses the system closes when a vacancy closes or its employer is suspended; the job that cascades the
 * closure selects these. Approved and departed applications are left alone.
 */
export const SYSTEM_CLOSABLE_APPLICATION_STATUSES: readonly ApplicationStatus[] = ALL_APPLICATION_STATUSES.filter(
  (status) => applicationTransition(status, Closed, System, APPLICATION_CLOSURE_CAUSES[0]).ok,
);

/** Closing by the system, with its cause as the recorded reason; typed so no other cause can slip in. */
export function closeOpenApplication(from: ApplicationStatus, cause: ApplicationClosureCause): TransitionResult {
  return applicationTransition(from, Closed, System, cause);
}

/** Who the migrant's timeline says must act next. */
export type NextParty = 'employer' | 'attache' | 'migrant';

export interface NextStep {
  /** Translation key of the "what happens next" text, e.g. 'application.next.SUBMITTED'. */
  key: `application.next.${ApplicationStatus}`;
  /** Null once the application has ended. */
  party: NextParty | null;
}

function partyActingNext(status: ApplicationStatus): NextParty | null {
  switch (status) {
    case Submitted:
    case Shortlisted:
      return 'employer';
    case InBatch:
      return 'attache';
    // After approval the migrant gets the documents ready and travels. After departure the employer may confirm
    // the arrival too, but the timeline asks the migrant, who is the one travelling, to confirm it.
    case Approved:
    case Departed:
      return 'migrant';
    // Arrived: the employer confirms the start of work.
    case Arrived:
      return 'employer';
    case Declined:
    case Refused:
    case Working:
    case NoShow:
    case Withdrawn:
    case Closed:
      return null;
  }
}

/** What the migrant's timeline shows under the current status. */
export function nextStepOf(status: ApplicationStatus): NextStep {
  return { key: `application.next.${status}`, party: partyActingNext(status) };
}
