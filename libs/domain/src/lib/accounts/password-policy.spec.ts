import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from './password-policy';

describe('password policy', () => {
  it('accepts a long enough password with a letter and a digit, in any script', () => {
    expect(passwordProblem('correct-horse-42')).toBeNull();
    expect(passwordProblem('жумуш-издейм-2026')).toBeNull();
  });

  it('rejects passwords shorter than the minimum, at the boundary', () => {
    expect(passwordProblem('a1'.padEnd(PASSWORD_MIN_LENGTH - 1, 'x'))).toBe('password.tooShort');
    expect(passwordProblem('a1'.padEnd(PASSWORD_MIN_LENGTH, 'x'))).toBeNull();
  });

  it('rejects passwords longer than the maximum, at the boundary', () => {
    expect(passwordProblem('a1'.padEnd(PASSWORD_MAX_LENGTH, 'x'))).toBeNull();
    expect(passwordProblem('a1'.padEnd(PASSWORD_MAX_LENGTH + 1, 'x'))).toBe('password.tooLong');
  });

  it('needs a letter and a digit', () => {
    expect(passwordProblem('1234567890123')).toBe('password.needsLetterAndDigit');
    expect(passwordProblem('abcdefghijklm')).toBe('password.needsLetterAndDigit');
  });
});
