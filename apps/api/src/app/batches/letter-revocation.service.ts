/**
 * Revoking approval letters: by the attaché of the candidate's country (with a reason category and text), and of
 * every approved candidate of an employer when it is suspended. Each revocation is audited and its migrant told
 * (outbox topic `letter.revoked`) in the same transaction; the public verification page then says REVOKED.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { OutboxTopic, type RevokeLetterDto, type LetterRevocationView } from '@jumush/contracts';
import { LetterRevocationCategory, MOSCOW_TIME_ZONE, calendarToday, maySeeApprovalLetter, mayRevokeApprovalLetter, type Actor } from '@jumush/domain';
import { Clock } from '@jumush/server/config';
import { AuditService } from '../audit/audit.service';
import { ProblemException } from '../http/problem';
import { OutboxService } from '../outbox/outbox.service';
import { LettersRepository, type LetterRevocation, type RevokedLetterRow } from './letters.repository';

const noLetter = () => new ProblemException(404, { code: 'http.notFound', detail: 'No approval letter here.' });

@Injectable()
export class LetterRevocationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly letters: LettersRepository,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  /** The attaché of the candidate's country revokes one letter; another country's attaché is told it is not theirs. */
  async revokeByAttache(actor: Actor, applicationId: string, dto: RevokeLetterDto): Promise<LetterRevocationView> {
    const row = await this.letters.ofApplication(applicationId);
    if (
      !row ||
      !maySeeApprovalLetter(actor, {
        candidateAccountId: row.account_id,
        originCountry: row.origin_country,
        regionCode: row.region_code,
        companyId: row.company_id,
      })
    )
      throw noLetter();
    if (!mayRevokeApprovalLetter(actor, { originCountry: row.origin_country, regionCode: row.region_code }))
      throw new ProblemException(403, { code: 'auth.forbidden', detail: "Only the attaché of the candidate's country revokes a letter." });
    const revocation: LetterRevocation = { category: dto.category, reason: dto.reason.trim(), revokedBy: actor.id, at: this.clock.now() };
    const [revoked] = await this.dataSource.transaction((manager) => this.revoke(manager, actor, { applicationId }, revocation));
    if (!revoked) throw new ProblemException(409, { code: 'letter.alreadyRevoked', detail: 'This letter was already revoked.' });
    return { applicationId, status: 'REVOKED', revokedAt: revoked.revoked_at.toISOString(), category: revocation.category };
  }

  /** In the suspension's transaction: every still-valid letter of the employer's candidates, as EMPLOYER_SUSPENDED. */
  revokeForSuspendedEmployer(
    manager: EntityManager,
    actor: Actor,
    companyId: string,
    reason: string | null,
    citizenships?: readonly string[],
  ): Promise<RevokedLetterRow[]> {
    return this.revoke(
      manager,
      actor,
      { companyId, citizenships },
      {
        category: LetterRevocationCategory.EmployerSuspended,
        reason: reason?.trim() || 'The employer was suspended.',
        revokedBy: actor.id,
        at: this.clock.now(),
      },
    );
  }

  private async revoke(
    manager: EntityManager,
    actor: Actor,
    where: { applicationId: string } | { companyId: string; citizenships?: readonly string[] },
    revocation: LetterRevocation,
  ): Promise<RevokedLetterRow[]> {
    const revoked = await this.letters.revoke(manager, where, revocation);
    for (const letter of revoked) {
      await this.audit.record(manager, actor, {
        action: 'letter.revoke',
        subjectType: 'application',
        subjectId: letter.application_id,
        reason: revocation.reason,
        data: { code: letter.code, category: revocation.category },
      });
      await this.outbox.enqueue(manager, {
        topic: OutboxTopic.LetterRevoked,
        aggregateType: 'application',
        aggregateId: letter.application_id,
        recipientIds: letter.account_id ? [letter.account_id] : [],
        payload: {
          applicationId: letter.application_id,
          vacancyId: letter.vacancy_id,
          vacancyTitle: letter.title,
          category: revocation.category,
          reason: revocation.reason,
          // The date in Moscow, as the public verification page gives it (not UTC's, a day behind after 21:00).
          revokedOn: calendarToday(MOSCOW_TIME_ZONE, letter.revoked_at),
        },
      });
    }
    return revoked;
  }
}
