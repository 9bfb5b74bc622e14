import { DEFAULT_LOCKOUT_POLICY, afterFailedLogin, afterSuccessfulLogin, isLocked, type LockoutState } from './login-lockout';

const policy = { maxConsecutiveFailures: 3, lockDurationMs: 60_000 };
const t0 = new Date('2026-11-25T10:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);
const fresh: LockoutState = { consecutiveFailures: 0, lockedUntil: null };

describe('login lockout', () => {
  it('counts failures without locking below the threshold', () => {
    const state = afterFailedLogin(afterFailedLogin(fresh, t0, policy), t0, policy);
    expect(state).toEqual({ consecutiveFailures: 2, lockedUntil: null });
    expect(isLocked(state, t0)).toBe(false);
  });

  it('locks for the policy duration at the threshold', () => {
    let state = fresh;
    for (let i = 0; i < 3; i++) state = afterFailedLogin(state, t0, policy);
    expect(state.lockedUntil).toEqual(at(60_000));
    expect(isLocked(state, at(59_999))).toBe(true);
    expect(isLocked(state, at(60_000))).toBe(false);
  });

  it('does not extend a running lock with more failures', () => {
    let state = fresh;
    for (let i = 0; i < 3; i++) state = afterFailedLogin(state, t0, policy);
    const later = afterFailedLogin(state, at(30_000), policy);
    expect(later.lockedUntil).toEqual(state.lockedUntil);
  });

  it('starts counting again after a lock expires', () => {
    let state = fresh;
    for (let i = 0; i < 3; i++) state = afterFailedLogin(state, t0, policy);
    const afterExpiry = afterFailedLogin(state, at(61_000), policy);
    expect(afterExpiry.consecutiveFailures).toBe(1);
    expect(isLocked(afterExpiry, at(61_000))).toBe(false);
  });

  it('resets everything after a success', () => {
    expect(afterSuccessfulLogin()).toEqual(fresh);
  });

  it('locks after five failures for fifteen minutes by default', () => {
    expect(DEFAULT_LOCKOUT_POLICY).toEqual({ maxConsecutiveFailures: 5, lockDurationMs: 15 * 60 * 1000 });
  });
});
