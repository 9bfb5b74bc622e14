/** Mobile numbers: Kyrgyz numbers (+996) are checked as such, any other country must be valid E.164. */

export type MobilePhoneProblem = 'phone.format' | 'phone.kyrgyzFormat';

const E164 = /^\+[1-9]\d{7,14}$/;
const KYRGYZ_MOBILE = /^\+996[2579]\d{8}$/;

/** Removes spaces, dashes and brackets people type, keeping a leading plus. */
export function normalizeMobilePhone(input: string): string {
  const trimmed = input.trim();
  const digits = trimmed.replace(/[\s\-()]/g, '');
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  return digits;
}

export function mobilePhoneProblem(input: string): MobilePhoneProblem | null {
  const phone = normalizeMobilePhone(input);
  if (phone.startsWith('+996')) return KYRGYZ_MOBILE.test(phone) ? null : 'phone.kyrgyzFormat';
  return E164.test(phone) ? null : 'phone.format';
}

export function isValidMobilePhone(input: string): boolean {
  return mobilePhoneProblem(input) === null;
}
