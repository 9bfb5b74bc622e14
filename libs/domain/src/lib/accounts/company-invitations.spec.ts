import {
  INVITATION_LIFETIME_DAYS,
  invitationExpiry,
  invitationRefusal,
  invitationState,
  memberRemovalRefusal,
  type InvitationAcceptor,
  type StoredInvitation,
} from './company-invitations';

const now = new Date('2026-12-02T10:00:00Z');
const live: StoredInvitation = { email: 'hr@kirpich.ru', expiresAt: new Date('2026-12-05T00:00:00Z'), acceptedAt: null, revokedAt: null };
const invited: InvitationAcceptor = { email: 'hr@kirpich.ru', emailVerified: true, alreadyMember: false };

describe('invitationExpiry', () => {
  it(`lasts ${INVITATION_LIFETIME_DAYS} days`, () => {
    expect(invitationExpiry(now).toISOString()).toBe('2026-12-09T10:00:00.000Z');
  });
});

describe('invitationRefusal', () => {
  it.each<[string, StoredInvitation | null, InvitationAcceptor, ReturnType<typeof invitationRefusal>]>([
    ['the verified invited account', live, invited, null],
    ['no such token', null, invited, 'INVALID'],
    ['accepted already', { ...live, acceptedAt: now }, invited, 'USED'],
    ['revoked', { ...live, revokedAt: now }, invited, 'REVOKED'],
    ['expired', { ...live, expiresAt: now }, invited, 'EXPIRED'],
    ['written before tokens (no expiry)', { ...live, expiresAt: null }, invited, 'EXPIRED'],
    ['another address', live, { ...invited, email: 'someone@else.ru' }, 'OTHER_ADDRESS'],
    ['an account without e-mail', live, { ...invited, email: null }, 'OTHER_ADDRESS'],
    ['the invited address, not verified', live, { ...invited, emailVerified: false }, 'EMAIL_NOT_VERIFIED'],
    ['already recruits elsewhere', live, { ...invited, alreadyMember: true }, 'ALREADY_MEMBER'],
    ['used beats another address', { ...live, acceptedAt: now }, { ...invited, email: 'x@y.ru' }, 'USED'],
  ])('%s', (_case, invitation, acceptor, refusal) => {
    expect(invitationRefusal(invitation, acceptor, now)).toBe(refusal);
  });

  it('states the invitation alone', () => {
    expect(invitationState(live, now)).toBeNull();
    expect(invitationState({ ...live, revokedAt: now, acceptedAt: now }, now)).toBe('USED');
  });
});

describe('memberRemovalRefusal', () => {
  it.each([
    [{ byOwner: true, targetIsOwner: false, owners: 1 }, null],
    [{ byOwner: true, targetIsOwner: true, owners: 2 }, null],
    [{ byOwner: true, targetIsOwner: true, owners: 1 }, 'LAST_OWNER'],
    [{ byOwner: false, targetIsOwner: false, owners: 1 }, 'OWNER_ONLY'],
    [{ byOwner: false, targetIsOwner: true, owners: 2 }, 'OWNER_ONLY'],
  ] as const)('%j → %s', (removal, refusal) => {
    expect(memberRemovalRefusal(removal)).toBe(refusal);
  });
});
