/**
 * The company's recruiters: owners invite colleagues by e-mail (a link with the invitation's own token), list members
 * and invitations, remove members and revoke invitations; the invited, verified account accepts through the token.
 * Rules: `company-invitations.ts` in @jumush/domain. Every step is audited in the transaction that makes it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { OutboxTopic, type CompanyInvitationView, type CompanyMembersView, type CompanyView, type InvitationLinkView } from '@jumush/contracts';
import {
  invitationExpiry,
  invitationRefusal,
  invitationState,
  isSupportedLocale,
  Locale,
  memberRemovalRefusal,
  type Actor,
  type InvitationRefusal,
} from '@jumush/domain';
import { Clock } from '@jumush/server/config';
import type { CompanyEntity, CompanyMemberEntity } from '@jumush/server/database';
import { AuditService } from '../audit/audit.service';
import { ProblemException } from '../http/problem';
import { OutboxService } from '../outbox/outbox.service';
import { CompaniesRepository } from './companies.repository';
import { ALREADY_MEMBER, CompaniesService } from './companies.service';
import { CompanyMembershipService } from './company-membership.service';
import { toCompanyInvitationView, toCompanyMemberView } from './company-views';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

const OWNER_ONLY = () => new ProblemException(403, { code: 'company.ownerOnly', detail: 'Only an owner of the company manages its recruiters.' });
const NOT_FOUND = () => new ProblemException(404, { code: 'http.notFound', detail: 'No such member or invitation.' });

const REFUSALS: Record<InvitationRefusal, () => ProblemException> = {
  INVALID: () => new ProblemException(404, { code: 'invitation.invalid', detail: 'This invitation link is not valid.' }),
  USED: () => new ProblemException(410, { code: 'invitation.used', detail: 'This invitation was accepted already.' }),
  REVOKED: () => new ProblemException(410, { code: 'invitation.revoked', detail: 'The company revoked this invitation.' }),
  EXPIRED: () => new ProblemException(410, { code: 'invitation.expired', detail: 'This invitation has expired; ask for a new one.' }),
  EMAIL_NOT_VERIFIED: () => new ProblemException(403, { code: 'account.emailNotVerified', detail: 'Confirm your e-mail address first.' }),
  OTHER_ADDRESS: () =>
    new ProblemException(403, {
      code: 'invitation.otherAddress',
      detail: 'This invitation was sent to another address: sign in with the invited one.',
    }),
  ALREADY_MEMBER,
};

@Injectable()
export class CompanyInvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly companies: CompaniesRepository,
    private readonly membership: CompanyMembershipService,
    private readonly companyViews: CompaniesService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Members (role, since) and invitations not accepted; any member may look, owners manage. */
  async list(actor: Actor): Promise<CompanyMembersView> {
    const company = await this.membership.requireCompanyOf(actor);
    const [members, invitations, canManage] = await Promise.all([
      this.companies.membersOf(company.id),
      this.companies.invitationsOf(company.id),
      this.membership.isOwner(actor, company.id),
    ]);
    const now = this.clock.now();
    return { members: members.map(toCompanyMemberView), invitations: invitations.map((row) => toCompanyInvitationView(row, now)), canManage };
  }

  /**
   * Invites an address: a new token (an earlier invitation to it stops working) and the e-mail that carries it, in
   * one transaction. The address may have no account yet.
   */
  async invite(actor: Actor, email: string): Promise<CompanyInvitationView> {
    const company = await this.ownCompany(actor);
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const invitation = await this.dataSource.transaction(async (manager) => {
      const earlier = await this.companies.findByEmailForUpdate(manager, company.id, email);
      if (earlier?.accountId)
        throw new ProblemException(409, {
          code: 'validation.failed',
          errors: [{ field: 'email', code: 'company.alreadyMember', message: 'This address already recruits for the company.' }],
        });
      if (earlier) await this.companies.deleteMember(manager, earlier.id);
      const created = await this.companies.insertMember(manager, {
        companyId: company.id,
        email,
        accountId: null,
        owner: false,
        invitedBy: actor.id,
        acceptedAt: null,
        invitationTokenHash: hashOf(token),
        invitationExpiresAt: invitationExpiry(now),
      });
      await this.audit.record(manager, actor, {
        action: 'company.memberInvited',
        subjectType: 'company',
        subjectId: company.id,
        data: { invitationId: created.id, email },
      });
      await this.sendInvitation(manager, actor, company, email, token);
      created.inviter = (await this.companies.accountById(manager, actor.id)) ?? undefined;
      return created;
    });
    return toCompanyInvitationView(invitation, now);
  }

  /** What the link's page shows: the company, who invited, to which address, and whether it can still be taken. */
  async describe(token: string): Promise<InvitationLinkView> {
    const invitation = TOKEN.test(token) ? await this.companies.invitationByTokenHash(hashOf(token)) : null;
    if (!invitation?.company) throw REFUSALS.INVALID();
    return {
      companyName: invitation.company.legalName,
      inviterName: invitation.inviter?.fullName ?? invitation.inviter?.email ?? null,
      email: invitation.email,
      expiresAt: invitation.invitationExpiresAt?.toISOString() ?? null,
      refusal: invitationState(this.stored(invitation), this.clock.now()),
    };
  }

  /** The invited, verified account joins the company through the invitation's token; single use. */
  async accept(actor: Actor, token: string): Promise<CompanyView> {
    const companyId = await this.dataSource.transaction(async (manager) => {
      const invitation = TOKEN.test(token) ? await this.companies.invitationByTokenHash(hashOf(token), manager, true) : null;
      const account = await this.companies.accountById(manager, actor.id);
      const refusal = invitationRefusal(
        invitation && this.stored(invitation),
        {
          email: account?.email ?? null,
          emailVerified: Boolean(account?.emailVerifiedAt),
          alreadyMember: (await this.membership.companyOf(actor, manager)) !== null,
        },
        this.clock.now(),
      );
      if (refusal || !invitation) throw REFUSALS[refusal ?? 'INVALID']();
      await this.companies.updateMember(manager, invitation.id, { accountId: actor.id, acceptedAt: this.clock.now() });
      await this.audit.record(manager, actor, {
        action: 'company.invitationAccepted',
        subjectType: 'company',
        subjectId: invitation.companyId,
        data: { invitationId: invitation.id, email: invitation.email },
      });
      return invitation.companyId;
    });
    return this.companyViews.viewOf(companyId);
  }

  /** Ends an invitation that was not accepted: its link stops working at once. */
  async revoke(actor: Actor, invitationId: string): Promise<void> {
    const company = await this.ownCompany(actor);
    await this.dataSource.transaction(async (manager) => {
      const invitation = await this.companies.findMemberForUpdate(manager, company.id, invitationId);
      if (!invitation || invitation.accountId) throw NOT_FOUND();
      if (invitation.revokedAt) return;
      await this.companies.updateMember(manager, invitation.id, { revokedAt: this.clock.now() });
      await this.audit.record(manager, actor, {
        action: 'company.invitationRevoked',
        subjectType: 'company',
        subjectId: company.id,
        data: { invitationId: invitation.id, email: invitation.email },
      });
    });
  }

  /**
   * Ends a membership: the account's access to the company's vacancies, applicants, batches and exports ends with
   * this commit (every check reads the membership). The last owner stays.
   */
  async remove(actor: Actor, memberId: string): Promise<void> {
    const company = await this.membership.requireCompanyOf(actor);
    await this.dataSource.transaction(async (manager) => {
      const owners = await this.companies.ownerCount(manager, company.id);
      const member = await this.companies.findMemberForUpdate(manager, company.id, memberId);
      const refusal = memberRemovalRefusal({
        byOwner: await this.isOwner(manager, actor, company.id),
        targetIsOwner: member?.owner ?? false,
        owners,
      });
      if (refusal === 'OWNER_ONLY') throw OWNER_ONLY();
      if (!member?.accountId) throw NOT_FOUND();
      if (refusal === 'LAST_OWNER')
        throw new ProblemException(409, { code: 'company.lastOwner', detail: 'The last owner cannot leave the company.' });
      await this.companies.deleteMember(manager, member.id);
      await this.audit.record(manager, actor, {
        action: 'company.memberRemoved',
        subjectType: 'company',
        subjectId: company.id,
        data: { accountId: member.accountId, email: member.email, owner: member.owner },
      });
    });
  }

  private async ownCompany(actor: Actor): Promise<CompanyEntity> {
    const company = await this.membership.requireCompanyOf(actor);
    if (!(await this.membership.isOwner(actor, company.id))) throw OWNER_ONLY();
    return company;
  }

  private async isOwner(manager: EntityManager, actor: Actor, companyId: string): Promise<boolean> {
    const membership = await this.companies.companyOfAccount(actor.id, manager);
    return membership?.id === companyId && (await this.membership.isOwner(actor, companyId));
  }

  /** The e-mail with the invitation's link, in the invited account's language (the inviter's for a new address). */
  private async sendInvitation(manager: EntityManager, actor: Actor, company: CompanyEntity, email: string, token: string): Promise<void> {
    const [invitee, inviter] = await Promise.all([this.companies.accountByEmail(manager, email), this.companies.accountById(manager, actor.id)]);
    const locale = invitee?.locale ?? inviter?.locale;
    await this.outbox.enqueueSecret(manager, {
      topic: OutboxTopic.CompanyMemberInvited,
      aggregateType: 'company',
      aggregateId: company.id,
      recipientId: invitee?.id ?? null,
      to: { email, locale: locale && isSupportedLocale(locale) ? locale : Locale.Russian },
      secret: token,
      payload: { companyName: company.legalName, inviterName: inviter?.fullName ?? inviter?.email ?? null },
    });
  }

  private stored(invitation: CompanyMemberEntity) {
    return {
      email: invitation.email,
      expiresAt: invitation.invitationExpiresAt,
      acceptedAt: invitation.acceptedAt,
      revokedAt: invitation.revokedAt,
    };
  }
}
