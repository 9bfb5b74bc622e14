import { ChecklistItemKind, ChecklistItemStatus, Role, type Actor } from '@jumush/domain';
import { FieldCipher, parseKeyring } from '@jumush/server/crypto';
import { CandidateProfileEntity, ChecklistItemEntity } from '@jumush/server/database';
import { checklistOf, completedSteps, passportNumberFor, readinessFor, toCandidateProfileView } from './candidate-view';
import { PASSPORT_CONTEXT } from './passport-cipher';

const cipher = new FieldCipher(parseKeyring(`t1:${Buffer.alloc(32, 9).toString('base64')}`), Buffer.alloc(32, 7));
const owner: Actor = { id: 'account-1', role: Role.Migrant, originCountry: 'KG' };

const profileOf = (fields: Partial<CandidateProfileEntity> = {}) =>
  Object.assign(new CandidateProfileEntity(), {
    id: 'profile-1',
    accountId: owner.id,
    originCountry: 'KG',
    preferredRegionCodes: [],
    languages: [],
    occupations: [],
    passportNumberEncrypted: null,
    passportExpiresOn: null,
    consentGivenAt: null,
    version: 3,
    ...fields,
  });

const itemOf = (kind: ChecklistItemKind, fields: Partial<ChecklistItemEntity> = {}) =>
  Object.assign(new ChecklistItemEntity(), {
    kind,
    status: ChecklistItemStatus.Done,
    completedOn: '2026-01-10',
    validUntil: null,
    documentKey: null,
    updatedAt: new Date('2026-01-10T08:00:00.000Z'),
    ...fields,
  });

const allDone = (fields: Partial<ChecklistItemEntity> = {}) => Object.values(ChecklistItemKind).map((kind) => itemOf(kind, fields));

describe('checklistOf', () => {
  it('lists every kind in order, the ones never touched as not started', () => {
    const view = checklistOf([itemOf(ChecklistItemKind.PoliceClearance, { documentKey: 'files/a.pdf', validUntil: '2026-07-01' })]);
    expect(view.map((item) => item.kind)).toEqual(Object.values(ChecklistItemKind));
    expect(view.find((item) => item.kind === ChecklistItemKind.PoliceClearance)).toEqual({
      kind: ChecklistItemKind.PoliceClearance,
      status: ChecklistItemStatus.Done,
      completedOn: '2026-01-10',
      validUntil: '2026-07-01',
      hasDocument: true,
      updatedAt: '2026-01-10T08:00:00.000Z',
    });
    expect(view.find((item) => item.kind === ChecklistItemKind.MedicalInsurance)).toEqual({
      kind: ChecklistItemKind.MedicalInsurance,
      status: ChecklistItemStatus.NotStarted,
      completedOn: null,
      validUntil: null,
      hasDocument: false,
      updatedAt: null,
    });
  });
});

describe('readinessFor', () => {
  it('counts an item valid through its last day and expired the day after, by the day it is given', () => {
    const items = allDone({ validUntil: '2026-03-05' });
    expect(readinessFor(profileOf(), items, '2026-03-05')).toMatchObject({ percent: 100, ready: true, expired: [] });
    const after = readinessFor(profileOf(), items, '2026-03-06');
    expect(after.ready).toBe(false);
    expect(after.expired).toEqual(Object.values(ChecklistItemKind));
  });

  it("takes the passport step's expiry as the passport item's validity when the item has none", () => {
    const items = allDone();
    expect(readinessFor(profileOf(), items, '2026-03-05').missing).toEqual([ChecklistItemKind.ForeignPassport]);
    expect(readinessFor(profileOf({ passportExpiresOn: '2026-03-04' }), items, '2026-03-05').expired).toEqual([ChecklistItemKind.ForeignPassport]);
    expect(readinessFor(profileOf({ passportExpiresOn: '2030-01-01' }), items, '2026-03-05')).toMatchObject({ percent: 100, ready: true });
  });

  it("prefers the item's own validity over the passport step's", () => {
    const items = allDone().map((item) =>
      item.kind === ChecklistItemKind.ForeignPassport ? Object.assign(item, { validUntil: '2026-03-01' }) : item,
    );
    expect(readinessFor(profileOf({ passportExpiresOn: '2030-01-01' }), items, '2026-03-05').expired).toEqual([ChecklistItemKind.ForeignPassport]);
  });
});

describe('completedSteps', () => {
  it('names each step whose fields are all there', () => {
    expect(completedSteps(profileOf())).toEqual([]);
    expect(
      completedSteps(
        profileOf({
          surname: 'Асанов',
          givenNamesLatin: 'ASAN',
          birthDate: '2000-01-01',
          sex: 'MALE' as CandidateProfileEntity['sex'],
          residenceRegionCode: 'KG-C',
          residenceDistrictCode: 'KG-C-01',
          preferredRegionCodes: ['77'],
          consentVersion: '2026-01',
        }),
      ),
    ).toEqual(['personal', 'residence', 'preferences', 'consent']);
  });
});

describe('who sees the passport number', () => {
  const profile = profileOf({ passportNumberEncrypted: cipher.encrypt('AC1234567', PASSPORT_CONTEXT), passportExpiresOn: '2030-01-01' });

  it('shows it to the owner and to attaché staff of the same country only', () => {
    expect(passportNumberFor(owner, profile, cipher)).toBe('AC1234567');
    expect(passportNumberFor({ id: 'attache', role: Role.Attache, originCountry: 'KG' }, profile, cipher)).toBe('AC1234567');
    expect(passportNumberFor({ id: 'attache', role: Role.Attache, originCountry: 'UZ' }, profile, cipher)).not.toBe('AC1234567');
    expect(passportNumberFor({ id: 'employer', role: Role.Employer, originCountry: null }, profile, cipher)).toMatch(/^AC•+67$/);
    expect(passportNumberFor(owner, profileOf(), cipher)).toBeNull();
  });

  it('builds the view with the number, the phone and the readiness of the day given', () => {
    const items = allDone({ validUntil: '2026-03-05' });
    const view = toCandidateProfileView(owner, profile, cipher, { items, phone: '+996700123456', today: '2026-03-05' });
    expect(view).toMatchObject({ id: 'profile-1', passportNumber: 'AC1234567', phone: '+996700123456', version: 3, consentGivenAt: null });
    expect(view.readiness).toMatchObject({ percent: 100, ready: true });
    expect(toCandidateProfileView(owner, profile, cipher, { items, phone: null, today: '2026-03-06' }).readiness.ready).toBe(false);
    const masked = toCandidateProfileView({ id: 'employer', role: Role.Employer, originCountry: null }, profile, cipher, {
      items,
      phone: null,
      today: '2026-03-05',
    });
    expect(masked.passportNumber).toBe('AC•••••67');
  });
});
