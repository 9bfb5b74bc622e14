import { Role } from '../accounts/role';
import { mayRevokeApprovalLetter } from '../access/visibility';
import { ATTACHE_LETTER_REVOCATION_CATEGORIES, LetterRevocationCategory, letterRevocationCategoryOf, nameInitials } from './letter-revocation';

describe('letter revocation', () => {
  it('lets an attaché choose every category but the one a suspension sets', () => {
    expect(ATTACHE_LETTER_REVOCATION_CATEGORIES).toEqual(['FRAUD', 'CANDIDATE_REQUEST', 'OTHER']);
  });

  it.each([
    ['FRAUD', null, LetterRevocationCategory.Fraud],
    ['EMPLOYER_SUSPENDED', null, LetterRevocationCategory.EmployerSuspended],
    [null, 'withdraw', LetterRevocationCategory.CandidateRequest],
    [null, 'close', LetterRevocationCategory.Other],
    ['nonsense', null, LetterRevocationCategory.Other],
  ])('reads the category %s (move %s) as %s', (recorded, move, category) => {
    expect(letterRevocationCategoryOf(recorded, move)).toBe(category);
  });

  it('is the attaché of the candidate’s country alone who revokes', () => {
    const letter = { originCountry: 'KG', regionCode: '78' };
    expect(mayRevokeApprovalLetter({ id: 'a', role: Role.Attache, originCountry: 'KG' }, letter)).toBe(true);
    expect(mayRevokeApprovalLetter({ id: 'a', role: Role.Attache, originCountry: 'KG', coveredRegions: ['78', '47'] }, letter)).toBe(true);
    expect(mayRevokeApprovalLetter({ id: 'a', role: Role.Attache, originCountry: 'KG', coveredRegions: ['77'] }, letter)).toBe(false);
    expect(mayRevokeApprovalLetter({ id: 'a', role: Role.Attache, originCountry: 'UZ' }, letter)).toBe(false);
    expect(mayRevokeApprovalLetter({ id: 'a', role: Role.Admin, originCountry: null }, letter)).toBe(false);
    expect(mayRevokeApprovalLetter({ id: 'a', role: Role.Employer, originCountry: null, companyId: 'c' }, letter)).toBe(false);
  });

  it('shows initials in the script the name is written in, every part of it', () => {
    expect(nameInitials('Токтогулов', 'Айбек Асанович')).toBe('Т. А. А.');
    expect(nameInitials('TOKTOGULOV', 'AIBEK')).toBe('T. A.');
    expect(nameInitials('ömürbekova', null)).toBe('Ö.');
    expect(nameInitials(null, '')).toBeNull();
  });
});
