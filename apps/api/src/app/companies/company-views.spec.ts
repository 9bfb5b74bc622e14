import { CompanyStatus, DEFAULT_DEADLINE_TARGETS } from '@jumush/domain';
import type { CompanyMemberEntity } from '@jumush/server/database';
import type { VerificationQueueRow } from './companies.repository';
import { sanitizeFileName } from './company-documents.service';
import { toCompanyInvitationView, toCompanyMemberView, toVerificationQueueItem } from './company-views';

const member = (changes: Partial<CompanyMemberEntity> = {}) =>
  ({
    id: 'm1',
    companyId: 'c1',
    accountId: 'a1',
    email: 'hr@test.ru',
    owner: false,
    invitedBy: 'a0',
    acceptedAt: new Date('2026-03-01T10:00:00.000Z'),
    createdAt: new Date('2026-02-28T09:00:00.000Z'),
    ...changes,
  }) as CompanyMemberEntity;

describe('company rows as views', () => {
  it('a verification queue row', () => {
    const row: VerificationQueueRow = {
      id: 'c1',
      legal_name: 'ООО «Тест»',
      inn: '7707083893',
      region_code: '77',
      country: 'KG',
      status: CompanyStatus.Pending,
      created_at: new Date('2026-03-01T10:00:00.000Z'),
      status_changed_at: new Date('2026-03-02T10:00:00.000Z'),
      document_count: 2,
    };
    const deadlines = { targets: DEFAULT_DEADLINE_TARGETS, now: new Date('2026-03-05T10:00:00.000Z') };
    expect(toVerificationQueueItem(row, deadlines)).toEqual({
      id: 'c1',
      legalName: 'ООО «Тест»',
      inn: '7707083893',
      regionCode: '77',
      country: 'KG',
      status: CompanyStatus.Pending,
      documentCount: 2,
      createdAt: '2026-03-01T10:00:00.000Z',
      statusChangedAt: '2026-03-02T10:00:00.000Z',
      // Monday 2 March + 5 working days (3–6 and 9 March), at the end of the day in Moscow.
      verificationDueAt: '2026-03-09T20:59:59.999Z',
      overdue: false,
    });
    expect(toVerificationQueueItem(row, { ...deadlines, now: new Date('2026-03-10T08:00:00.000Z') })).toMatchObject({ overdue: true });
    // Decided: nothing is due.
    expect(toVerificationQueueItem({ ...row, status: CompanyStatus.Verified }, deadlines)).toMatchObject({ verificationDueAt: null, overdue: false });
  });

  it('a recruiter: their account’s name and address, since they joined', () => {
    const joined = member({ account: { fullName: 'Ольга', email: 'olga@test.ru' } as CompanyMemberEntity['account'] }) as CompanyMemberEntity & {
      accountId: string;
    };
    expect(toCompanyMemberView(joined)).toEqual({
      id: 'm1',
      accountId: 'a1',
      email: 'olga@test.ru',
      fullName: 'Ольга',
      owner: false,
      since: '2026-03-01T10:00:00.000Z',
    });
  });

  const now = new Date('2026-03-03T00:00:00.000Z');
  const open = { accountId: null, acceptedAt: null, invitationExpiresAt: new Date('2026-03-05T00:00:00.000Z'), revokedAt: null };
  it.each<[string, Partial<CompanyMemberEntity>, string]>([
    ['open', open, 'PENDING'],
    ['past its expiry', { ...open, invitationExpiresAt: now }, 'EXPIRED'],
    ['from before tokens', { ...open, invitationExpiresAt: null }, 'EXPIRED'],
    ['revoked', { ...open, revokedAt: now }, 'REVOKED'],
    ['accepted', { ...open, acceptedAt: now }, 'ACCEPTED'],
  ])('an invitation %s', (_name, changes, status) => {
    const view = toCompanyInvitationView(member({ ...changes, inviter: { fullName: 'Иван' } as CompanyMemberEntity['inviter'] }), now);
    expect(view).toMatchObject({ id: 'm1', email: 'hr@test.ru', invitedBy: 'Иван', status });
    expect(view).not.toHaveProperty('invitationTokenHash');
  });
});

describe('names of uploaded documents', () => {
  it.each([
    ['a plain name', 'extract.pdf', 'extract.pdf'],
    ['UTF-8 read as Latin-1 by the parser', Buffer.from('выписка.pdf', 'utf8').toString('latin1'), 'выписка.pdf'],
    ['a name already in Cyrillic', 'выписка.pdf', 'выписка.pdf'],
    ['path parts', '..\\..\\C:/secret/licence.png', 'licence.png'],
    ['control and shell characters', 'a"b<c>|d*e?f:\u0007.pdf', 'abcdef.pdf'],
    ['nothing left', '/\u0001"', 'document.pdf'],
  ])('%s', (_name, name, expected) => {
    expect(sanitizeFileName(name, 'pdf')).toBe(expected);
  });

  it('keeps at most 200 characters', () => {
    expect(sanitizeFileName(`${'x'.repeat(300)}.pdf`, 'pdf')).toHaveLength(200);
  });
});
