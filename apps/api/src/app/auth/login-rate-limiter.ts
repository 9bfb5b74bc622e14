/**
 * Sign-in limits, in Redis (see RateCounters) so every API instance shares them: failures per client address (all
 * logins), and the slowing of one login's attempts (login-lockout.ts in the domain) per client and across addresses.
 * A login is counted by the account it names (E.164 phone, lower-cased email), whichever way it was typed.
 */
import { Injectable } from '@nestjs/common';
import { PER_ACCOUNT_THROTTLE, PER_CLIENT_THROTTLE, waitBeforeNextAttempt, type FailureHistory, type LoginThrottlePolicy } from '@jumush/domain';
import { normalizeMobilePhone } from '@jumush/domain/phone';
import { ApiConfig } from '@jumush/server/config';
import { RateCounters, type RateDecision, type RateLimit } from '../redis/rate-counters';

export type { RateDecision };

/** The one spelling of a login: '0700 123 456', '+996 700-123-456' and '996700123456' are one account. */
export function loginIdentity(login: string): string {
  const trimmed = login.trim();
  return trimmed.includes('@') ? trimmed.toLowerCase() : normalizeMobilePhone(trimmed);
}

const addressKey = (ip: string) => `login:ip:${ip}`;
const clientKey = (identity: string, ip: string) => `login:throttle:${identity}:${ip}`;
const accountKey = (identity: string) => `login:throttle:${identity}`;

@Injectable()
export class LoginRateLimiter {
  constructor(
    private readonly counters: RateCounters,
    private readonly config: ApiConfig,
  ) {}

  /**
   * Whether this address may try again. Only failed sign-ins count (see `failedFromAddress`): many people
   * behind one carrier's NAT share an address, and their successful sign-ins must never lock each other out.
   */
  checkAddress(ip: string): Promise<RateDecision> {
    return this.counters.peek(addressKey(ip), this.perAddress());
  }

  /** Counts one failed sign-in from this address. */
  failedFromAddress(ip: string): Promise<RateDecision> {
    return this.counters.hit(addressKey(ip), this.perAddress());
  }

  /** How long this login must wait before its next attempt from this address, in whole seconds (0: now). */
  async secondsToWait(identity: string, ip: string, now: Date): Promise<number> {
    const [client, account] = await Promise.all([this.counters.failures(clientKey(identity, ip)), this.counters.failures(accountKey(identity))]);
    return this.waitOf(client, account, now);
  }

  /** Records a failed attempt at this login from this address; returns the wait it imposes on the next one, in seconds. */
  async failed(identity: string, ip: string, now: Date): Promise<number> {
    const [client, account] = await Promise.all([
      this.counters.addFailure(clientKey(identity, ip), now, PER_CLIENT_THROTTLE.forgetAfterMs),
      this.counters.addFailure(accountKey(identity), now, this.perAccount().forgetAfterMs),
    ]);
    return this.waitOf(client, account, now);
  }

  /** A success forgets this login's failures, from every address (the per-client records expire on their own). */
  async succeeded(identity: string, ip: string): Promise<void> {
    await this.counters.clear(clientKey(identity, ip), accountKey(identity));
  }

  private waitOf(client: FailureHistory, account: FailureHistory, now: Date): number {
    const ms = Math.max(waitBeforeNextAttempt(client, now, PER_CLIENT_THROTTLE), waitBeforeNextAttempt(account, now, this.perAccount()));
    return Math.ceil(ms / 1000);
  }

  private perAddress(): RateLimit {
    return { limit: this.config.LOGIN_ATTEMPTS_PER_IP, windowSeconds: this.config.LOGIN_RATE_WINDOW_SECONDS };
  }

  /** LOGIN_ATTEMPTS_PER_ACCOUNT sets the free failures across addresses (default 10, as the domain's policy). */
  private perAccount(): LoginThrottlePolicy {
    return { ...PER_ACCOUNT_THROTTLE, freeFailures: this.config.LOGIN_ATTEMPTS_PER_ACCOUNT };
  }
}
