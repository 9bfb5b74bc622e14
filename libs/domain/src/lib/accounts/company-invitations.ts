/**
 * Invitations to recruit for a company and who may end a membership. An invitation is accepted through its own
 * token (a link e-mailed to the invited address) by a signed-in account whose verified e-mail is the invited one:
 * knowing the address is not enough, holding the link is not enough either.
 */

/** How long an invitation link works. */
export const INVITATION_LIFETIME_DAYS = 7;

export function invitationExpiry(issuedAt: Date): Date {
  return new Date(issuedAt.getTime() + INVITATION_LIFETIME_DAYS * 86_400_000);
}

export interface StoredInvitation {
  email: string;
  expiresAt: Date | null;
  acceptedAt: Date | null;
  revokedAt: Date | null;
}

export interface InvitationAcceptor {
  /** The account's current e-mail, as stored (lower-cased). */
  email: string | null;
  emailVerified: boolean;
  /** The account already recruits for a company. */
  alreadyMember: boolean;
}

/** Why an invitation cannot be taken; `INVALID` also covers a token that never existed. */
export type InvitationRefusal = 'INVALID' | 'USED' | 'REVOKED' | 'EXPIRED' | 'EMAIL_NOT_VERIFIED' | 'OTHER_ADDRESS' | 'ALREADY_MEMBER';

/** The state of the invitation alone, before anyone tries to accept it. */
export function invitationState(
  invitation: StoredInvitation | null,
  now: Date,
): Extract<InvitationRefusal, 'INVALID' | 'USED' | 'REVOKED' | 'EXPIRED'> | null {
  if (!invitation) return 'INVALID';
  if (invitation.acceptedAt) return 'USED';
  if (invitation.revokedAt) return 'REVOKED';
  // An invitation written before tokens existed has no expiry and no token: it cannot be presented at all.
  if (!invitation.expiresAt || invitation.expiresAt.getTime() <= now.getTime()) return 'EXPIRED';
  return null;
}

/** Whether `acceptor` may take the invitation at `now`; null when they may. */
export function invitationRefusal(invitation: StoredInvitation | null, acceptor: InvitationAcceptor, now: Date): InvitationRefusal | null {
  const state = invitationState(invitation, now);
  if (state || !invitation) return state ?? 'INVALID';
  if (!acceptor.email || acceptor.email !== invitation.email) return 'OTHER_ADDRESS';
  if (!acceptor.emailVerified) return 'EMAIL_NOT_VERIFIED';
  if (acceptor.alreadyMember) return 'ALREADY_MEMBER';
  return null;
}

export interface MemberRemoval {
  /** The account asking is an owner of the company. */
  byOwner: boolean;
  /** The member to remove is an owner. */
  targetIsOwner: boolean;
  /** Owners the company has now, the target included. */
  owners: number;
}

export type MemberRemovalRefusal = 'OWNER_ONLY' | 'LAST_OWNER';

/** Owners remove members; the last owner stays, so a company is never left with nobody who can manage it. */
export function memberRemovalRefusal(removal: MemberRemoval): MemberRemovalRefusal | null {
  if (!removal.byOwner) return 'OWNER_ONLY';
  if (removal.targetIsOwner && removal.owners <= 1) return 'LAST_OWNER';
  return null;
}
