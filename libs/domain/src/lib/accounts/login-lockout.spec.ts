import {
  NO_FAILURES,
  PER_ACCOUNT_THROTTLE,
  PER_CLIENT_THROTTLE,
  afterFailedLogin,
  afterSuccessfulLogin,
  delayAfterFailures,
  waitBeforeNextAttempt,
  type FailureHistory,
} from './login-lockout';

const policy = { freeFailures: 3, firstDelayMs: 1_000, maxDelayMs: 10_000, forgetAfterMs: 60_000 };
const t0 = new Date('2026-11-25T10:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

function failures(count: number, when = t0): FailureHistory {
  let history = NO_FAILURES;
  for (let i = 0; i < count; i++) history = afterFailedLogin(history, when, policy);
  return history;
}

describe('login throttle', () => {
  it.each([
    [0, 0],
    [2, 0],
    [3, 1_000],
    [4, 2_000],
    [5, 4_000],
    [6, 8_000],
    [7, 10_000],
    [100, 10_000],
    [10_000, 10_000],
  ])('after %i failures the next attempt waits %i ms', (count, wait) => {
    expect(delayAfterFailures(count, policy)).toBe(wait);
  });

  it('lets the free failures through at once', () => {
    expect(waitBeforeNextAttempt(failures(2), t0, policy)).toBe(0);
  });

  it('makes the next attempt wait from the last failure, and counts the wait down', () => {
    const history = failures(4);
    expect(waitBeforeNextAttempt(history, t0, policy)).toBe(2_000);
    expect(waitBeforeNextAttempt(history, at(1_500), policy)).toBe(500);
    expect(waitBeforeNextAttempt(history, at(2_000), policy)).toBe(0);
  });

  it('never keeps anyone out longer than the cap, however many failures a stranger piles up', () => {
    const history = failures(1_000);
    expect(waitBeforeNextAttempt(history, t0, policy)).toBe(policy.maxDelayMs);
    expect(waitBeforeNextAttempt(history, at(policy.maxDelayMs), policy)).toBe(0);
  });

  it('forgets failures after a quiet period', () => {
    const history = failures(6);
    expect(waitBeforeNextAttempt(history, at(60_000), policy)).toBe(0);
    expect(afterFailedLogin(history, at(60_000), policy)).toEqual({ failures: 1, lastFailureAt: at(60_000) });
    expect(afterFailedLogin(history, at(59_999), policy)).toEqual({ failures: 7, lastFailureAt: at(59_999) });
  });

  it('starts afresh after a success', () => {
    expect(afterSuccessfulLogin()).toEqual(NO_FAILURES);
    expect(waitBeforeNextAttempt(afterSuccessfulLogin(), t0, policy)).toBe(0);
  });

  it('per client: five free failures, then 30 s doubling up to 15 min, forgotten after a day', () => {
    expect(PER_CLIENT_THROTTLE).toEqual({ freeFailures: 5, firstDelayMs: 30_000, maxDelayMs: 900_000, forgetAfterMs: 86_400_000 });
    expect([4, 5, 6, 7, 8, 9, 10, 11].map((count) => delayAfterFailures(count, PER_CLIENT_THROTTLE) / 1000)).toEqual([
      0, 30, 60, 120, 240, 480, 900, 900,
    ]);
  });

  it('per account from any address: ten free failures, then at most a minute, so nobody is locked out', () => {
    expect(PER_ACCOUNT_THROTTLE).toEqual({ freeFailures: 10, firstDelayMs: 5_000, maxDelayMs: 60_000, forgetAfterMs: 86_400_000 });
    expect(delayAfterFailures(1_000_000, PER_ACCOUNT_THROTTLE)).toBe(60_000);
  });
});
