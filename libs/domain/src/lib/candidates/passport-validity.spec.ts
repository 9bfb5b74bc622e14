import { PASSPORT_MARGIN_MONTHS, passportRequiredUntil, passportValidityProblem } from './passport-validity';

const base = { today: '2026-03-01', contractMonths: 12, startDate: '2026-04-01' };

describe('passport validity for a contract', () => {
  it('asks for six months beyond the contract by default', () => {
    expect(PASSPORT_MARGIN_MONTHS).toBe(6);
    expect(passportRequiredUntil('2026-04-01', 12)).toBe('2027-10-01');
  });

  it('is fine exactly on the required day and not one day short', () => {
    expect(passportValidityProblem({ ...base, expiresOn: '2027-10-01' })).toBeNull();
    expect(passportValidityProblem({ ...base, expiresOn: '2027-09-30' })).toBe('passport.expiresBeforeContractEnd');
    expect(passportValidityProblem({ ...base, expiresOn: '2035-01-01' })).toBeNull();
  });

  it('is expired from the day after its expiry date, not on it', () => {
    expect(passportValidityProblem({ ...base, expiresOn: '2026-03-01' })).toBe('passport.expiresBeforeContractEnd');
    expect(passportValidityProblem({ ...base, expiresOn: '2026-02-28' })).toBe('passport.expired');
  });

  it('reports expiry first when both are true', () => {
    expect(passportValidityProblem({ ...base, expiresOn: '2020-01-01' })).toBe('passport.expired');
  });

  it('takes another margin, including none', () => {
    expect(passportValidityProblem({ ...base, expiresOn: '2027-04-01', marginMonths: 0 })).toBeNull();
    expect(passportValidityProblem({ ...base, expiresOn: '2027-03-31', marginMonths: 0 })).toBe('passport.expiresBeforeContractEnd');
    expect(passportValidityProblem({ ...base, expiresOn: '2027-07-01', marginMonths: 3 })).toBeNull();
    expect(passportValidityProblem({ ...base, expiresOn: '2027-06-30', marginMonths: 3 })).toBe('passport.expiresBeforeContractEnd');
  });

  it('clamps to the end of a shorter month, leap years included', () => {
    // 31 August 2026 + 18 months falls in February of the leap year 2028.
    expect(passportRequiredUntil('2026-08-31', 12)).toBe('2028-02-29');
    expect(passportRequiredUntil('2025-08-31', 12)).toBe('2027-02-28');
    expect(passportRequiredUntil('2026-07-31', 1, 0)).toBe('2026-08-31');
    expect(passportRequiredUntil('2026-03-31', 5, 6)).toBe('2027-02-28');
    const check = { today: '2026-06-01', contractMonths: 12, startDate: '2026-08-31' };
    expect(passportValidityProblem({ ...check, expiresOn: '2028-02-29' })).toBeNull();
    expect(passportValidityProblem({ ...check, expiresOn: '2028-02-28' })).toBe('passport.expiresBeforeContractEnd');
  });

  it('counts from a leap day start', () => {
    expect(passportRequiredUntil('2028-02-29', 12, 0)).toBe('2029-02-28');
    expect(passportRequiredUntil('2028-02-29', 6, 6)).toBe('2029-02-28');
    expect(passportRequiredUntil('2028-02-29', 24, 24)).toBe('2032-02-29');
  });

  it('does not depend on whether the start is before or after today', () => {
    expect(passportValidityProblem({ ...base, startDate: '2026-01-01', expiresOn: '2027-07-01' })).toBeNull();
  });

  it('rejects impossible lengths and dates', () => {
    for (const contractMonths of [0, -12, 1.5, Number.NaN]) {
      expect(() => passportValidityProblem({ ...base, contractMonths, expiresOn: '2030-01-01' })).toThrow(RangeError);
    }
    expect(() => passportValidityProblem({ ...base, marginMonths: -1, expiresOn: '2030-01-01' })).toThrow(RangeError);
    expect(() => passportValidityProblem({ ...base, expiresOn: '31.12.2030' })).toThrow(RangeError);
    expect(() => passportValidityProblem({ ...base, today: '2026-02-30', expiresOn: '2030-01-01' })).toThrow(RangeError);
    expect(() => passportValidityProblem({ ...base, startDate: '', expiresOn: '2030-01-01' })).toThrow(RangeError);
  });
});
