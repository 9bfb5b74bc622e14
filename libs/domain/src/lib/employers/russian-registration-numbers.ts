/** Russian employer registration numbers (ИНН, ОГРН, ОГРНИП): format and the official check digits. */

/** A company (юридическое лицо) or an individual entrepreneur (индивидуальный предприниматель). */
export type RegistrationKind = 'legalEntity' | 'individual';

export type InnProblem = 'inn.format' | 'inn.checksum' | 'inn.wrongLengthForKind';
export type OgrnProblem = 'ogrn.format' | 'ogrn.checksum' | 'ogrn.wrongLengthForKind';
export type RegistrationProblem = InnProblem | OgrnProblem | 'registration.kindMismatch';

const INN_LENGTH: Readonly<Record<RegistrationKind, number>> = { legalEntity: 10, individual: 12 };
const OGRN_LENGTH: Readonly<Record<RegistrationKind, number>> = { legalEntity: 13, individual: 15 };

// Weights of the ФНС algorithm (Приказ МНС от 03.03.2004 № БГ-3-09/178, приложение).
const INN10_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12_FIRST_WEIGHTS = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12_SECOND_WEIGHTS = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

/** Removes the spaces and dashes people type or paste from extracts; the checks themselves accept digits only. */
export function normalizeRegistrationNumber(input: string): string {
  return input.replace(/[\s\-\u2010-\u2015]/g, '');
}

function digitsOf(value: string): number[] {
  return Array.from(value, Number);
}

function innControlDigit(digits: readonly number[], weights: readonly number[]): number {
  const sum = weights.reduce((total, weight, i) => total + weight * (digits[i] ?? 0), 0);
  return (sum % 11) % 10;
}

/**
 * Remainder of a decimal number given as digits, one digit at a time. The bodies of ОГРН (12 digits) and ОГРНИП
 * (14 digits) still fit a Number exactly, but this way the result never depends on that.
 */
function remainderOfDecimal(digits: string, modulus: number): number {
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % modulus;
  return remainder;
}

function kindOfLength(lengths: Readonly<Record<RegistrationKind, number>>, length: number): RegistrationKind | null {
  if (length === lengths.legalEntity) return 'legalEntity';
  if (length === lengths.individual) return 'individual';
  return null;
}

/** 10 digits for a company, 12 for a person or an individual entrepreneur; null if neither. */
export function innKind(inn: string): RegistrationKind | null {
  return /^\d+$/.test(inn) ? kindOfLength(INN_LENGTH, inn.length) : null;
}

/**
 * Checks an ИНН. Region "00" is a format problem: no tax office has that code, and it is what an all-zero
 * placeholder looks like (its check digits happen to be valid).
 */
export function innProblem(value: string, kind?: RegistrationKind): InnProblem | null {
  const actualKind = innKind(value);
  if (actualKind === null || value.startsWith('00')) return 'inn.format';
  if (kind !== undefined && kind !== actualKind) return 'inn.wrongLengthForKind';
  const digits = digitsOf(value);
  if (actualKind === 'legalEntity') {
    return innControlDigit(digits, INN10_WEIGHTS) === digits[9] ? null : 'inn.checksum';
  }
  const first = innControlDigit(digits, INN12_FIRST_WEIGHTS);
  const second = innControlDigit(digits, INN12_SECOND_WEIGHTS);
  return first === digits[10] && second === digits[11] ? null : 'inn.checksum';
}

export function isValidInn(value: string, kind?: RegistrationKind): boolean {
  return innProblem(value, kind) === null;
}

/**
 * The two-digit code of the region whose tax office assigned the ИНН (the first two digits), or null for a
 * malformed ИНН. It is where the number was issued, not necessarily where the employer works now: a company
 * that moves keeps its ИНН. Codes above the federal subjects exist too (99: Baikonur and interregional offices).
 */
export function taxRegionOfInn(inn: string): string | null {
  return innKind(inn) === null || inn.startsWith('00') ? null : inn.slice(0, 2);
}

/**
 * Checks an ОГРН (13 digits, companies) or ОГРНИП (15 digits, individual entrepreneurs).
 * The first digit says what the record is: 1 or 5 for a company's ОГРН, 3 for an ОГРНИП. Any other first digit
 * is the number of a later register entry (ГРН записи, e.g. "2…"), which people often copy by mistake.
 */
export function ogrnProblem(value: string, kind?: RegistrationKind): OgrnProblem | null {
  const actualKind = /^\d+$/.test(value) ? kindOfLength(OGRN_LENGTH, value.length) : null;
  if (actualKind === null) return 'ogrn.format';
  if (kind !== undefined && kind !== actualKind) return 'ogrn.wrongLengthForKind';
  const recordSign = value[0];
  if (actualKind === 'legalEntity' ? recordSign !== '1' && recordSign !== '5' : recordSign !== '3') return 'ogrn.format';
  const modulus = actualKind === 'legalEntity' ? 11 : 13;
  const control = remainderOfDecimal(value.slice(0, -1), modulus) % 10;
  return control === Number(value[value.length - 1]) ? null : 'ogrn.checksum';
}

export function isValidOgrn(value: string, kind?: RegistrationKind): boolean {
  return ogrnProblem(value, kind) === null;
}

export interface EmployerRegistration {
  inn: string;
  /** ОГРН of a company or ОГРНИП of an individual entrepreneur. */
  ogrn: string;
}

/**
 * Checks both numbers and that they describe the same kind of employer: a company has a 10-digit ИНН and a
 * 13-digit ОГРН, an individual entrepreneur a 12-digit ИНН and a 15-digit ОГРНИП.
 * It cannot tell whether the two numbers belong to the same employer; that needs the ЕГРЮЛ/ЕГРИП.
 */
export function registrationProblem(registration: EmployerRegistration): RegistrationProblem | null {
  const inn = innProblem(registration.inn);
  if (inn !== null) return inn;
  const ogrn = ogrnProblem(registration.ogrn);
  if (ogrn !== null) return ogrn;
  const innIsCompany = registration.inn.length === INN_LENGTH.legalEntity;
  const ogrnIsCompany = registration.ogrn.length === OGRN_LENGTH.legalEntity;
  return innIsCompany === ogrnIsCompany ? null : 'registration.kindMismatch';
}
