import { ApplicationStatus, OPEN_APPLICATION_STATUSES } from '@jumush/domain';
import { WITHDRAWABLE_ON_DELETION, anonymisedProfileFields, withdrawOnDeletionStatement } from './personal-data.repository';

describe('withdrawOnDeletionStatement', () => {
  it('withdraws every open application but a departed one, for the deleting migrant', () => {
    expect(WITHDRAWABLE_ON_DELETION).toEqual(OPEN_APPLICATION_STATUSES.filter((status) => status !== ApplicationStatus.Departed));
    expect(WITHDRAWABLE_ON_DELETION).not.toContain(ApplicationStatus.Departed);
    const statement = withdrawOnDeletionStatement('profile-1', 'account-1');
    expect(statement.values).toEqual(['profile-1', WITHDRAWABLE_ON_DELETION, 'account-1']);
  });

  it('locks the rows and writes a timeline entry per withdrawn application', () => {
    const { text } = withdrawOnDeletionStatement('profile-1', 'account-1');
    expect(text).toContain('FOR UPDATE');
    expect(text).toMatch(/UPDATE applications a SET status = 'WITHDRAWN', status_reason = 'accountDeleted', version = a\.version \+ 1/);
    expect(text).toMatch(/INSERT INTO application_events[\s\S]*SELECT id, previous, 'WITHDRAWN', 'MIGRANT', \$3, 'accountDeleted' FROM withdrawn/);
  });
});

describe('anonymisedProfileFields', () => {
  it('empties every personal field and stamps the time, keeping what the records need', () => {
    const at = new Date('2026-03-06T10:00:00.000Z');
    const fields = anonymisedProfileFields(at);
    expect(fields.anonymisedAt).toBe(at);
    expect(fields).toMatchObject({ accountId: null, surname: null, birthDate: null, passportNumberEncrypted: null, passportNumberIndex: null });
    expect(fields.languages).toEqual([]);
    // Origin country, residence region and readiness stay: attachés' statistics and approved batches rely on them.
    expect(Object.keys(fields)).not.toContain('originCountry');
    expect(Object.keys(fields)).not.toContain('residenceRegionCode');
  });
});
