import { anonymisedProfileFields } from './personal-data.repository';

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
