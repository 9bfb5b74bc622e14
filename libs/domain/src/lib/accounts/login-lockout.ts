/** When repeated failed logins lock an account, and for how long. */

export interface LockoutPolicy {
  /** Consecutive failures that lock the account. */
  maxConsecutiveFailures: number;
  /** How long the lock lasts, in milliseconds. */
  lockDurationMs: number;
}

export const DEFAULT_LOCKOUT_POLICY: LockoutPolicy = {
  maxConsecutiveFailures: 5,
  lockDurationMs: 15 * 60 * 1000,
};

export interface LockoutState {
  consecutiveFailures: number;
  lockedUntil: Date | null;
}

export function isLocked(state: LockoutState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/** The state after one more failed attempt. */
export function afterFailedLogin(state: LockoutState, now: Date, policy: LockoutPolicy = DEFAULT_LOCKOUT_POLICY): LockoutState {
  const failures = isLocked(state, now) ? state.consecutiveFailures : state.consecutiveFailures + 1;
  if (failures >= policy.maxConsecutiveFailures && !isLocked(state, now)) {
    return { consecutiveFailures: 0, lockedUntil: new Date(now.getTime() + policy.lockDurationMs) };
  }
  return { consecutiveFailures: failures, lockedUntil: state.lockedUntil };
}

export function afterSuccessfulLogin(): LockoutState {
  return { consecutiveFailures: 0, lockedUntil: null };
}
