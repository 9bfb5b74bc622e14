/**
 * Two-factor sign-in with an authenticator app (TOTP, libs/server/crypto totp.ts): enrolment confirmed by a code,
 * codes that work once within ±1 step, recovery codes kept as keyed hashes, an admin's reset. Attachés and admins
 * must enrol (libs/domain two-factor.ts; the access guard enforces it).
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RecoveryCodesView, TwoFactorEnrolmentView, TwoFactorStatusView } from '@jumush/contracts';
import { RECOVERY_CODE_COUNT, twoFactorRequired, type Actor } from '@jumush/domain';
import { Clock } from '@jumush/server/config';
import { FieldCipher, base32Decode, matchingTotpStep, newRecoveryCodes, newTotpSecret, normalizeRecoveryCode, totpUri } from '@jumush/server/crypto';
import type { AccountEntity } from '@jumush/server/database';
import { qrPng } from '@jumush/server/documents';
import { AccountsService } from '../../accounts/accounts.service';
import { AuditService } from '../../audit/audit.service';
import { ProblemException } from '../../http/problem';
import { RefreshTokensRepository } from '../refresh-tokens.repository';
import { TwoFactorRepository } from './two-factor.repository';

/** Additional authenticated data: a TOTP ciphertext decrypts only as this account's secret. */
export const totpSecretContext = (accountId: string) => `account.totpSecret:${accountId}`;
const RECOVERY_CODE_SCOPE = 'account.recoveryCode';

const notFound = () => new ProblemException(404, { code: 'http.notFound', detail: 'No such account.' });
const wrongCode = () =>
  new ProblemException(422, {
    code: 'validation.failed',
    errors: [{ field: 'code', code: 'twoFactor.invalidCode', message: 'This is not the code the app shows now.' }],
  });

@Injectable()
export class TwoFactorService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountsService,
    private readonly repository: TwoFactorRepository,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async status(actor: Actor): Promise<TwoFactorStatusView> {
    const account = await this.accountOf(actor.id);
    return {
      enabledAt: account.totpEnabledAt?.toISOString() ?? null,
      required: twoFactorRequired(account.role),
      recoveryCodesLeft: account.totpEnabledAt ? await this.repository.recoveryCodesLeft(account.id) : 0,
    };
  }

  /** A new secret for the app (a new one each time until a code confirms one). Refused while two-factor is on. */
  async beginEnrolment(actor: Actor): Promise<TwoFactorEnrolmentView> {
    const account = await this.accountOf(actor.id);
    const secret = newTotpSecret();
    if (!(await this.repository.storePendingSecret(account.id, this.cipher.encrypt(secret, totpSecretContext(account.id))))) throw alreadyOn();
    const otpauthUri = totpUri(secret, account.email ?? account.phone ?? account.id);
    return { secret, otpauthUri, qrCode: `data:image/png;base64,${qrPng(otpauthUri, { moduleSize: 6 }).toString('base64')}` };
  }

  /** A code from the app proves it holds the secret: two-factor goes on, and the recovery codes are shown once. */
  async confirmEnrolment(actor: Actor, code: string): Promise<RecoveryCodesView> {
    const account = await this.accountOf(actor.id);
    if (account.totpEnabledAt) throw alreadyOn();
    if (!account.totpSecret)
      throw new ProblemException(409, { code: 'twoFactor.notStarted', detail: 'Start the enrolment first: add the secret to the app.' });
    const now = this.clock.now();
    const step = matchingTotpStep(this.secretOf(account), code, now);
    if (step === null) throw wrongCode();
    const codes = newRecoveryCodes(RECOVERY_CODE_COUNT);
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.repository.enable(manager, account.id, now, step))) throw alreadyOn();
      await this.repository.replaceRecoveryCodes(
        manager,
        account.id,
        codes.map((typed) => this.recoveryHash(typed)),
      );
      await this.audit.record(manager, actor, { action: 'account.twoFactorEnabled', subjectType: 'account', subjectId: account.id });
    });
    return { recoveryCodes: codes };
  }

  /** New recovery codes (the old ones stop working), after a current code from the app (audited). */
  async regenerateRecoveryCodes(actor: Actor, code: string): Promise<RecoveryCodesView> {
    const account = await this.accountOf(actor.id);
    if (!account.totpEnabledAt) throw notOn();
    if (!(await this.acceptCode(account, code))) throw wrongCode();
    const codes = newRecoveryCodes(RECOVERY_CODE_COUNT);
    await this.dataSource.transaction(async (manager) => {
      await this.repository.replaceRecoveryCodes(
        manager,
        account.id,
        codes.map((typed) => this.recoveryHash(typed)),
      );
      await this.audit.record(manager, actor, { action: 'account.recoveryCodesRegenerated', subjectType: 'account', subjectId: account.id });
    });
    return { recoveryCodes: codes };
  }

  /**
   * An admin turns another account's two-factor off (a lost phone and lost recovery codes): it must enrol again, and
   * every sign-in of it ends (audited). An admin cannot reset their own: another admin must.
   */
  async reset(actor: Actor, accountId: string): Promise<void> {
    if (accountId === actor.id)
      throw new ProblemException(409, { code: 'account.cannotResetOwnTwoFactor', detail: 'Another admin must reset your two-factor sign-in.' });
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.repository.clear(manager, accountId))) throw notFound();
      await this.refreshTokens.revokeAccountSessions(accountId, now, {}, manager);
      await this.audit.record(manager, actor, { action: 'account.twoFactorReset', subjectType: 'account', subjectId: accountId });
    });
  }

  /**
   * Whether `code` is the app's code for now (±1 step) and newer than every code used before; it is then used up.
   * Only for an account with two-factor on.
   */
  async acceptCode(account: AccountEntity, code: string): Promise<boolean> {
    if (!account.totpEnabledAt || !account.totpSecret) return false;
    const lastStep = account.totpLastStep === null ? null : Number(account.totpLastStep);
    const step = matchingTotpStep(this.secretOf(account), code, this.clock.now(), lastStep);
    return step !== null && this.repository.markStepUsed(account.id, step);
  }

  /** Whether `typed` is one of the account's unused recovery codes; it is then used up (audited). */
  async useRecoveryCode(account: AccountEntity, typed: string): Promise<boolean> {
    if (!account.totpEnabledAt) return false;
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.repository.useRecoveryCode(manager, account.id, this.recoveryHash(typed), this.clock.now()))) return false;
      const actor: Actor = { id: account.id, role: account.role, originCountry: account.originCountry };
      await this.audit.record(manager, actor, { action: 'account.recoveryCodeUsed', subjectType: 'account', subjectId: account.id });
      return true;
    });
  }

  private secretOf(account: AccountEntity): Buffer {
    const secret = account.totpSecret ? base32Decode(this.cipher.decrypt(account.totpSecret, totpSecretContext(account.id))) : null;
    if (!secret) throw new Error(`account ${account.id} has no readable TOTP secret`);
    return secret;
  }

  private recoveryHash(typed: string): string {
    return this.cipher.blindIndex(normalizeRecoveryCode(typed), RECOVERY_CODE_SCOPE);
  }

  private async accountOf(id: string): Promise<AccountEntity> {
    const account = await this.accounts.findById(id);
    if (!account) throw notFound();
    return account;
  }
}

function alreadyOn(): ProblemException {
  return new ProblemException(409, { code: 'twoFactor.alreadyOn', detail: 'Two-factor sign-in is already on.' });
}

function notOn(): ProblemException {
  return new ProblemException(409, { code: 'twoFactor.notOn', detail: 'Two-factor sign-in is off: enrol first.' });
}
