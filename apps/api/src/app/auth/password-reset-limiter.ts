/**
 * Password reset limits, in Redis (RateCounters): requests per login (each sends an SMS or an e-mail, which costs
 * money and annoys the owner) and requests plus failed confirmations per client address. A login is counted as the
 * account would store it (loginIdentity), whether or not an account has it: the limit tells nobody which exist.
 */
import { Injectable } from '@nestjs/common';
import { ApiConfig } from '@jumush/server/config';
import { RateCounters, type RateDecision, type RateLimit } from '../redis/rate-counters';

const loginKey = (identity: string) => `password-reset:login:${identity}`;
const addressKey = (ip: string) => `password-reset:ip:${ip}`;

@Injectable()
export class PasswordResetLimiter {
  constructor(
    private readonly counters: RateCounters,
    private readonly config: ApiConfig,
  ) {}

  /** Counts a request from this address for this login; refused when either is over its limit. */
  async request(identity: string, ip: string): Promise<RateDecision> {
    const byAddress = await this.counters.hit(addressKey(ip), this.limit(this.config.PASSWORD_RESETS_PER_IP));
    if (!byAddress.allowed) return byAddress;
    return this.counters.hit(loginKey(identity), this.limit(this.config.PASSWORD_RESETS_PER_LOGIN));
  }

  /** Whether this address may try a confirmation now (only failed ones count). */
  checkAddress(ip: string): Promise<RateDecision> {
    return this.counters.peek(addressKey(ip), this.limit(this.config.PASSWORD_RESETS_PER_IP));
  }

  /** Counts a failed confirmation (a wrong, used or expired code or link) from this address. */
  async failedConfirmation(ip: string): Promise<void> {
    await this.counters.hit(addressKey(ip), this.limit(this.config.PASSWORD_RESETS_PER_IP));
  }

  private limit(limit: number): RateLimit {
    return { limit, windowSeconds: this.config.PASSWORD_RESET_WINDOW_SECONDS };
  }
}
