/** Password rules shared by the API's validation and the web's forms. */

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = 'password.tooShort' | 'password.tooLong' | 'password.needsLetterAndDigit';

export function passwordProblem(password: string): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'password.tooShort';
  if (password.length > PASSWORD_MAX_LENGTH) return 'password.tooLong';
  if (!/\p{L}/u.test(password) || !/\p{Nd}/u.test(password)) return 'password.needsLetterAndDigit';
  return null;
}
