/**
 * Issues and checks one-time secrets (rules: `@jumush/domain` one-time-secrets). The caller sends the secret
 * through the notification pipeline in the same transaction that issued it, and never stores or logs it.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  ONE_TIME_CODE_ATTEMPTS,
  ONE_TIME_CODE_DIGITS,
  normalizeOneTimeCode,
  oneTimeSecretExpiry,
  oneTimeSecretRefusal,
  type OneTimeSecretForm,
  type OneTimeSecretPurpose,
  type OneTimeSecretRefusal,
} from '@jumush/domain';
import { Clock } from '@jumush/server/config';
import { OneTimeSecretsRepository, type OneTimeSecretRow } from './one-time-secrets.repository';

export interface IssuedOneTimeSecret {
  /** The secret itself: put it in the message, nowhere else. */
  secret: string;
  expiresAt: Date;
}

export type OneTimeSecretCheck =
  | { ok: true; accountId: string; subject: string | null }
  | { ok: false; refusal: OneTimeSecretRefusal; attemptsLeft?: number };

const hashOf = (secret: string): string => createHash('sha256').update(secret).digest('hex');

@Injectable()
export class OneTimeSecretsService {
  constructor(
    private readonly secrets: OneTimeSecretsRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * A new secret for the account and purpose, replacing any live one. `subject` is what it proves (the e-mail
   * address or phone number it was sent to): a secret sent to an old address proves nothing about a new one.
   */
  async issue(
    manager: EntityManager,
    request: { accountId: string; purpose: OneTimeSecretPurpose; form: OneTimeSecretForm; subject?: string | null },
  ): Promise<IssuedOneTimeSecret> {
    const now = this.clock.now();
    const secret =
      request.form === 'LINK'
        ? randomBytes(32).toString('base64url')
        : String(randomInt(0, 10 ** ONE_TIME_CODE_DIGITS)).padStart(ONE_TIME_CODE_DIGITS, '0');
    const expiresAt = oneTimeSecretExpiry(request.purpose, now);
    await this.secrets.replace(manager, {
      accountId: request.accountId,
      purpose: request.purpose,
      form: request.form,
      // A code is hashed with its account: equal codes of two accounts are different rows.
      secretHash: hashOf(request.form === 'LINK' ? secret : `${request.accountId}:${secret}`),
      subject: request.subject ?? null,
      createdAt: now,
      expiresAt,
    });
    return { secret, expiresAt };
  }

  /** Uses a link's secret once: the first presentation succeeds, every later one is `USED`. */
  async useLink(manager: EntityManager, purpose: OneTimeSecretPurpose, secret: string): Promise<OneTimeSecretCheck> {
    const row = /^[A-Za-z0-9_-]{43}$/.test(secret) ? await this.secrets.findLinkForUpdate(manager, purpose, hashOf(secret)) : null;
    return this.use(manager, row);
  }

  /**
   * Uses the account's code once. A wrong code counts against the code, and after ONE_TIME_CODE_ATTEMPTS wrong
   * ones it is spent: a new one must be asked for.
   */
  async useCode(manager: EntityManager, purpose: OneTimeSecretPurpose, accountId: string, typed: string): Promise<OneTimeSecretCheck> {
    const row = await this.secrets.findNewestCodeForUpdate(manager, accountId, purpose);
    const code = normalizeOneTimeCode(typed);
    const refusal = oneTimeSecretRefusal(row && this.stored(row), this.clock.now());
    if (refusal || !row) return { ok: false, refusal: refusal ?? 'INVALID' };
    if (code === null || hashOf(`${accountId}:${code}`) !== row.secret_hash) {
      const failed = await this.secrets.countFailedAttempt(manager, row.id);
      return { ok: false, refusal: 'INVALID', attemptsLeft: Math.max(0, ONE_TIME_CODE_ATTEMPTS - failed) };
    }
    return this.use(manager, row);
  }

  /** Ends the account's live secrets (e.g. every reset link once the password changed). */
  revokeAll(manager: EntityManager, accountId: string, purpose: OneTimeSecretPurpose | null = null): Promise<void> {
    return this.secrets.revokeAll(manager, accountId, this.clock.now(), purpose);
  }

  private async use(manager: EntityManager, row: OneTimeSecretRow | null): Promise<OneTimeSecretCheck> {
    const now = this.clock.now();
    const refusal = oneTimeSecretRefusal(row && this.stored(row), now);
    if (refusal || !row) return { ok: false, refusal: refusal ?? 'INVALID' };
    await this.secrets.markUsed(manager, row.id, now);
    return { ok: true, accountId: row.account_id, subject: row.subject };
  }

  private stored(row: OneTimeSecretRow) {
    return { expiresAt: new Date(row.expires_at), usedAt: row.used_at ? new Date(row.used_at) : null, failedAttempts: Number(row.failed_attempts) };
  }
}
