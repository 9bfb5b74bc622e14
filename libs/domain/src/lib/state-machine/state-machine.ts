/** A small table-driven state machine: a workflow's rules as data, checked in one place. */

export interface TransitionRule<S extends string, A extends string> {
  from: S;
  to: S;
  /** Who may make this move. */
  actors: readonly A[];
  /** A refusal, suspension or forced closure must tell the other side why. */
  requiresReason?: boolean;
  /** What the move is called in the product ("submit", "publish"…); recorded in the history. */
  name: string;
}

export interface StateMachine<S extends string, A extends string> {
  states: readonly S[];
  transitions: readonly TransitionRule<S, A>[];
}

export type TransitionRefusal = 'transition.illegal' | 'transition.actorNotAllowed' | 'transition.reasonRequired' | 'transition.sameState';

export type TransitionResult = { ok: true; name: string } | { ok: false; reason: TransitionRefusal };

/**
 * Builds a machine and checks its table, so that a typo in a workflow fails when the module loads rather than
 * when someone first tries the move.
 */
export function defineStateMachine<S extends string, A extends string>(
  states: readonly S[],
  transitions: readonly TransitionRule<S, A>[],
): StateMachine<S, A> {
  if (new Set(states).size !== states.length) throw new Error('A state machine lists a state twice');
  for (const rule of transitions) {
    const where = `${rule.from} → ${rule.to} (${rule.name})`;
    if (!states.includes(rule.from) || !states.includes(rule.to)) throw new Error(`Unknown state in ${where}`);
    if (rule.from === rule.to) throw new Error(`A transition must change the state: ${where}`);
    if (rule.actors.length === 0) throw new Error(`Nobody may make ${where}`);
    const overlapping = transitions.filter((other) => other !== rule && other.from === rule.from && other.to === rule.to);
    if (overlapping.some((other) => other.actors.some((actor) => rule.actors.includes(actor)))) {
      throw new Error(`Two rules give the same actor ${where}; which one applies would depend on their order`);
    }
    // A move's name says where it leads: set-based moves select their rows by the name's sources.
    if (transitions.some((other) => other.name === rule.name && other.to !== rule.to)) {
      throw new Error(`The move ${rule.name} leads to more than one state`);
    }
  }
  return { states, transitions };
}

function hasReason(reason: string | undefined): boolean {
  return reason !== undefined && reason.trim() !== '';
}

/**
 * Whether `actor` may move something from `from` to `to`. Refusals are checked in this order: staying in the
 * same state, a move the workflow does not have, an actor who may not make it, a missing reason.
 * A blank reason counts as none. A reason given where none is required is fine (the caller may keep it).
 */
export function transition<S extends string, A extends string>(
  machine: StateMachine<S, A>,
  from: S,
  to: S,
  actor: A,
  reason?: string,
): TransitionResult {
  if (from === to) return { ok: false, reason: 'transition.sameState' };
  const moves = machine.transitions.filter((rule) => rule.from === from && rule.to === to);
  if (moves.length === 0) return { ok: false, reason: 'transition.illegal' };
  const rule = moves.find((candidate) => candidate.actors.includes(actor));
  if (rule === undefined) return { ok: false, reason: 'transition.actorNotAllowed' };
  if (rule.requiresReason === true && !hasReason(reason)) return { ok: false, reason: 'transition.reasonRequired' };
  return { ok: true, name: rule.name };
}

/** The moves `actor` may make from `from`, e.g. to show the right buttons. */
export function allowedTransitions<S extends string, A extends string>(
  machine: StateMachine<S, A>,
  from: S,
  actor: A,
): readonly TransitionRule<S, A>[] {
  return machine.transitions.filter((rule) => rule.from === from && rule.actors.includes(actor));
}

/** A state nobody can leave. */
export function isFinal<S extends string, A extends string>(machine: StateMachine<S, A>, state: S): boolean {
  return !machine.transitions.some((rule) => rule.from === state);
}

/** The state a named move leads to; throws for a name the machine does not have (a programming error). */
export function targetOf<S extends string, A extends string>(machine: StateMachine<S, A>, name: string): S {
  const rule = machine.transitions.find((candidate) => candidate.name === name);
  if (rule === undefined) throw new Error(`No move is called ${name}`);
  return rule.to;
}

/** The states from which `actor` may make the named move: what a set-based move selects its rows by. */
export function sourcesOf<S extends string, A extends string>(machine: StateMachine<S, A>, name: string, actor: A): readonly S[] {
  return machine.transitions.filter((rule) => rule.name === name && rule.actors.includes(actor)).map((rule) => rule.from);
}

/** Whether the named move needs a reason from `actor` (the same for every source, or the table says otherwise). */
export function moveRequiresReason<S extends string, A extends string>(machine: StateMachine<S, A>, name: string, actor: A): boolean {
  return machine.transitions.some((rule) => rule.name === name && rule.actors.includes(actor) && rule.requiresReason === true);
}

/** Whether `actor` has a move from `from` to `to` at all, reason or not: what a button or a status set asks. */
export function canMove<S extends string, A extends string>(machine: StateMachine<S, A>, from: S, to: S, actor: A): boolean {
  return machine.transitions.some((rule) => rule.from === from && rule.to === to && rule.actors.includes(actor));
}

/** The states some sequence of moves (by anyone) leads to from `state`, in the machine's order; `state` itself only on a cycle. */
export function reachableFrom<S extends string, A extends string>(machine: StateMachine<S, A>, state: S): S[] {
  const seen = new Set<S>();
  const queue: S[] = [state];
  while (queue.length > 0) {
    const current = queue.shift() as S;
    for (const rule of machine.transitions) {
      if (rule.from === current && !seen.has(rule.to)) {
        seen.add(rule.to);
        queue.push(rule.to);
      }
    }
  }
  return machine.states.filter((candidate) => seen.has(candidate));
}
