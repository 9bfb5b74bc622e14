/**
 * How failed sign-ins slow the next attempt. No hard lock: a lock of N minutes after five failures let any stranger
 * who knew a phone number keep its owner out for good, five wrong passwords at a time. Instead, after a few free
 * failures each further attempt waits a little longer (doubling, capped), so guessing is slowed to a few tries an
 * hour while the owner is never kept waiting longer than the cap. The same rule runs for a login with no account.
 */

export interface LoginThrottlePolicy {
  /** Failures allowed without any wait. */
  freeFailures: number;
  /** The wait after the first failure past the free ones, in milliseconds; it doubles with each further failure. */
  firstDelayMs: number;
  /** The longest wait, in milliseconds. */
  maxDelayMs: number;
  /** Failures are forgotten after this long without one, in milliseconds. */
  forgetAfterMs: number;
}

const DAY_MS = 24 * 3600 * 1000;

/**
 * Failures of one login from one client address: the one that refuses. A stranger slows only their own attempts
 * at someone's login, never the owner signing in from elsewhere. 5 free, then 30 s, 1, 2, 4, 8 min, then 15 min.
 */
export const PER_CLIENT_THROTTLE: LoginThrottlePolicy = {
  freeFailures: 5,
  firstDelayMs: 30_000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: DAY_MS,
};

/**
 * Failures of one login from any address (an attacker with many addresses): more free failures and a short cap,
 * so guessing from a botnet is slowed to one try a minute while the owner waits a minute at most.
 */
export const PER_ACCOUNT_THROTTLE: LoginThrottlePolicy = {
  freeFailures: 10,
  firstDelayMs: 5_000,
  maxDelayMs: 60_000,
  forgetAfterMs: DAY_MS,
};

export interface FailureHistory {
  /** Failures since the last success (or since they were forgotten). */
  failures: number;
  lastFailureAt: Date | null;
}

export const NO_FAILURES: FailureHistory = { failures: 0, lastFailureAt: null };

/** The wait `failures` consecutive failures impose before the next attempt, in milliseconds. */
export function delayAfterFailures(failures: number, policy: LoginThrottlePolicy): number {
  if (failures < policy.freeFailures) return 0;
  const doublings = failures - policy.freeFailures;
  // 2^doublings overflows nothing below the cap: stop doubling once the cap is reached.
  if (doublings >= 31) return policy.maxDelayMs;
  return Math.min(policy.firstDelayMs * 2 ** doublings, policy.maxDelayMs);
}

/** Failures still remembered at `now`: none once `forgetAfterMs` passed since the last one. */
export function rememberedFailures(history: FailureHistory, now: Date, policy: LoginThrottlePolicy): FailureHistory {
  if (history.lastFailureAt === null) return NO_FAILURES;
  return now.getTime() - history.lastFailureAt.getTime() >= policy.forgetAfterMs ? NO_FAILURES : history;
}

/** How long the next attempt must wait, in milliseconds; 0 when it may be made now. */
export function waitBeforeNextAttempt(history: FailureHistory, now: Date, policy: LoginThrottlePolicy): number {
  const remembered = rememberedFailures(history, now, policy);
  if (remembered.lastFailureAt === null) return 0;
  const allowedAt = remembered.lastFailureAt.getTime() + delayAfterFailures(remembered.failures, policy);
  return Math.max(0, allowedAt - now.getTime());
}

/** The history after one more failed attempt (an attempt refused for waiting is none: it never checked a password). */
export function afterFailedLogin(history: FailureHistory, now: Date, policy: LoginThrottlePolicy): FailureHistory {
  return { failures: rememberedFailures(history, now, policy).failures + 1, lastFailureAt: now };
}

export function afterSuccessfulLogin(): FailureHistory {
  return NO_FAILURES;
}
