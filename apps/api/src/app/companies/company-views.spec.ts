import { CompanyStatus } from '@jumush/domain';
import type { CompanyEntity, CompanyMemberEntity } from '@jumush/server/database';
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
    expect(toVerificationQueueItem(row)).toEqual({
      id: 'c1',
      legalName: 'ООО «Тест»',
      inn: '7707083893',
      regionCode: '77',
      country: 'KG',
      status: CompanyStatus.Pending,
      documentCount: 2,
      createdAt: '2026-03-01T10:00:00.000Z',
      statusChangedAt: '2026-03-02T10:00:00.000Z',
    });
  });

  it.each<[string, Partial<CompanyMemberEntity>, { fullName: string | null; accepted: boolean; accountId: string | null }]>([
    [
      'a recruiter who joined',
      { account: { fullName: 'Ольга' } as CompanyMemberEntity['account'] },
      { fullName: 'Ольга', accepted: true, accountId: 'a1' },
    ],
    ['an invitation not yet accepted', { accountId: null, acceptedAt: null }, { fullName: null, accepted: false, accountId: null }],
  ])('%s', (_name, changes, expected) => {
    expect(toCompanyMemberView(member(changes))).toEqual({ email: 'hr@test.ru', owner: false, ...expected });
  });

  it('an invitation names its company, or nothing when the company was not loaded', () => {
    const withCompany = member({ accountId: null, company: { legalName: 'ООО «Тест»' } as CompanyEntity });
    expect(toCompanyInvitationView(withCompany)).toEqual({
      id: 'm1',
      companyId: 'c1',
      companyName: 'ООО «Тест»',
      email: 'hr@test.ru',
      createdAt: '2026-02-28T09:00:00.000Z',
    });
    expect(toCompanyInvitationView(member()).companyName).toBe('');
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
