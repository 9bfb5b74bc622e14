import {
  allowedTransitions,
  canMove,
  defineStateMachine,
  isFinal,
  moveRequiresReason,
  reachableFrom,
  sourcesOf,
  targetOf,
  transition,
} from './state-machine';

type Door = 'OPEN' | 'SHUT' | 'LOCKED' | 'BRICKED';
type Person = 'TENANT' | 'LANDLORD' | 'GUEST';

const door = defineStateMachine<Door, Person>(
  ['OPEN', 'SHUT', 'LOCKED', 'BRICKED'],
  [
    { from: 'OPEN', to: 'SHUT', actors: ['TENANT', 'GUEST'], name: 'close' },
    { from: 'SHUT', to: 'OPEN', actors: ['TENANT', 'GUEST'], name: 'open' },
    { from: 'SHUT', to: 'LOCKED', actors: ['TENANT'], name: 'lock' },
    { from: 'SHUT', to: 'LOCKED', actors: ['LANDLORD'], requiresReason: true, name: 'lockOut' },
    { from: 'LOCKED', to: 'SHUT', actors: ['TENANT', 'LANDLORD'], name: 'unlock' },
    { from: 'LOCKED', to: 'BRICKED', actors: ['LANDLORD'], requiresReason: true, name: 'brickUp' },
  ],
);

describe('table-driven state machine', () => {
  it('allows a listed move to a listed actor and names it', () => {
    expect(transition(door, 'OPEN', 'SHUT', 'GUEST')).toEqual({ ok: true, name: 'close' });
    expect(transition(door, 'SHUT', 'LOCKED', 'TENANT')).toEqual({ ok: true, name: 'lock' });
  });

  it('picks the rule of the actor when several actors make the same move differently', () => {
    expect(transition(door, 'SHUT', 'LOCKED', 'LANDLORD', 'rent unpaid')).toEqual({ ok: true, name: 'lockOut' });
    expect(transition(door, 'SHUT', 'LOCKED', 'LANDLORD')).toEqual({ ok: false, reason: 'transition.reasonRequired' });
  });

  it('refuses staying put before anything else', () => {
    expect(transition(door, 'BRICKED', 'BRICKED', 'GUEST')).toEqual({ ok: false, reason: 'transition.sameState' });
  });

  it('refuses a move the table does not have, whoever asks', () => {
    expect(transition(door, 'OPEN', 'LOCKED', 'TENANT')).toEqual({ ok: false, reason: 'transition.illegal' });
    expect(transition(door, 'BRICKED', 'SHUT', 'LANDLORD', 'please')).toEqual({ ok: false, reason: 'transition.illegal' });
  });

  it('refuses a listed move to an actor not listed, even with a reason', () => {
    expect(transition(door, 'LOCKED', 'BRICKED', 'TENANT', 'why not')).toEqual({ ok: false, reason: 'transition.actorNotAllowed' });
  });

  it('counts a blank reason as none, and accepts a reason nobody asked for', () => {
    expect(transition(door, 'LOCKED', 'BRICKED', 'LANDLORD', '   ')).toEqual({ ok: false, reason: 'transition.reasonRequired' });
    expect(transition(door, 'LOCKED', 'BRICKED', 'LANDLORD', '')).toEqual({ ok: false, reason: 'transition.reasonRequired' });
    expect(transition(door, 'OPEN', 'SHUT', 'TENANT', 'draught')).toEqual({ ok: true, name: 'close' });
  });

  it('lists the moves an actor may make from a state', () => {
    expect(allowedTransitions(door, 'SHUT', 'TENANT').map((r) => r.name)).toEqual(['open', 'lock']);
    expect(allowedTransitions(door, 'SHUT', 'LANDLORD').map((r) => r.name)).toEqual(['lockOut']);
    expect(allowedTransitions(door, 'BRICKED', 'LANDLORD')).toEqual([]);
  });

  it('calls a state nobody can leave final', () => {
    expect(isFinal(door, 'BRICKED')).toBe(true);
    expect(['OPEN', 'SHUT', 'LOCKED'].map((s) => isFinal(door, s as Door))).toEqual([false, false, false]);
  });

  it('says whether an actor has a move at all, whether or not it needs a reason', () => {
    expect(canMove(door, 'SHUT', 'LOCKED', 'LANDLORD')).toBe(true);
    expect(canMove(door, 'LOCKED', 'BRICKED', 'LANDLORD')).toBe(true);
    expect(canMove(door, 'LOCKED', 'BRICKED', 'TENANT')).toBe(false);
    expect(canMove(door, 'OPEN', 'LOCKED', 'TENANT')).toBe(false);
    expect(canMove(door, 'OPEN', 'OPEN', 'TENANT')).toBe(false);
  });

  it('lists the states reachable from a state in table order, the state itself only through a cycle', () => {
    expect(reachableFrom(door, 'OPEN')).toEqual(['OPEN', 'SHUT', 'LOCKED', 'BRICKED']);
    expect(reachableFrom(door, 'LOCKED')).toEqual(['OPEN', 'SHUT', 'LOCKED', 'BRICKED']);
    expect(reachableFrom(door, 'BRICKED')).toEqual([]);
    const oneWay = defineStateMachine<Door, Person>(
      ['OPEN', 'SHUT', 'LOCKED', 'BRICKED'],
      [
        { from: 'SHUT', to: 'LOCKED', actors: ['TENANT'], name: 'lock' },
        { from: 'LOCKED', to: 'BRICKED', actors: ['LANDLORD'], name: 'brickUp' },
      ],
    );
    expect(reachableFrom(oneWay, 'SHUT')).toEqual(['LOCKED', 'BRICKED']);
    expect(reachableFrom(oneWay, 'OPEN')).toEqual([]);
  });

  describe('checking the table when it is defined', () => {
    it('rejects a state listed twice', () => {
      expect(() => defineStateMachine(['A', 'A'], [])).toThrow(/twice/);
    });

    it('rejects an unknown state', () => {
      expect(() => defineStateMachine<string, string>(['A'], [{ from: 'A', to: 'B', actors: ['X'], name: 'go' }])).toThrow(/Unknown state/);
    });

    it('rejects a move to the same state', () => {
      expect(() => defineStateMachine(['A'], [{ from: 'A', to: 'A', actors: ['X'], name: 'stay' }])).toThrow(/change the state/);
    });

    it('rejects a move nobody may make', () => {
      expect(() => defineStateMachine(['A', 'B'], [{ from: 'A', to: 'B', actors: [], name: 'go' }])).toThrow(/Nobody/);
    });

    it('rejects two rules that give one actor the same move', () => {
      expect(() =>
        defineStateMachine(
          ['A', 'B'],
          [
            { from: 'A', to: 'B', actors: ['X', 'Y'], name: 'go' },
            { from: 'A', to: 'B', actors: ['Y'], requiresReason: true, name: 'push' },
          ],
        ),
      ).toThrow(/same actor/);
    });

    it('rejects a move name that leads to two states', () => {
      expect(() =>
        defineStateMachine(
          ['A', 'B', 'C'],
          [
            { from: 'A', to: 'B', actors: ['X'], name: 'go' },
            { from: 'A', to: 'C', actors: ['X'], name: 'go' },
          ],
        ),
      ).toThrow(/more than one state/);
    });
  });

  describe('named moves', () => {
    const machine = defineStateMachine(
      ['A', 'B', 'C'],
      [
        { from: 'A', to: 'C', actors: ['X'], name: 'finish' },
        { from: 'B', to: 'C', actors: ['X', 'Y'], requiresReason: true, name: 'finish' },
        { from: 'A', to: 'B', actors: ['Y'], name: 'step' },
      ],
    );

    it('gives where a move leads', () => {
      expect(targetOf(machine, 'finish')).toBe('C');
      expect(targetOf(machine, 'step')).toBe('B');
      expect(() => targetOf(machine, 'jump')).toThrow(/No move is called jump/);
    });

    it('gives the states each actor may make a move from', () => {
      expect(sourcesOf(machine, 'finish', 'X')).toEqual(['A', 'B']);
      expect(sourcesOf(machine, 'finish', 'Y')).toEqual(['B']);
      expect(sourcesOf(machine, 'step', 'X')).toEqual([]);
      expect(sourcesOf(machine, 'jump', 'X')).toEqual([]);
    });

    it('says whether a move needs a reason from an actor', () => {
      expect(moveRequiresReason(machine, 'finish', 'Y')).toBe(true);
      expect(moveRequiresReason(machine, 'finish', 'X')).toBe(true);
      expect(moveRequiresReason(machine, 'step', 'Y')).toBe(false);
    });
  });
});
