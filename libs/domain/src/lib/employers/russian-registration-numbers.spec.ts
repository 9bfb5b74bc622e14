import {
  innKind,
  innProblem,
  isValidInn,
  isValidOgrn,
  normalizeRegistrationNumber,
  ogrnProblem,
  registrationProblem,
  taxRegionOfInn,
} from './russian-registration-numbers';

/** Real companies, as published in the ЕГРЮЛ. */
const COMPANIES = [
  { name: 'Сбербанк', inn: '7707083893', ogrn: '1027700132195' },
  { name: 'Газпром', inn: '7736050003', ogrn: '1027700070518' },
  { name: 'Яндекс (ООО)', inn: '7736207543', ogrn: '1027700229193' },
  { name: 'РЖД', inn: '7708503727', ogrn: '1037739877295' },
  { name: 'Альфа-Банк', inn: '7728168971', ogrn: '1027700067328' },
  { name: 'ВТБ', inn: '7702070139', ogrn: '1027739609391' },
];

/**
 * An individual entrepreneur, constructed with the algorithm for these tests (not looked up in the ЕГРИП):
 * ИНН from the base 7712345678, ОГРНИП "3 24 77 …" (record sign 3, year 2024, region 77).
 */
const ENTREPRENEUR = { inn: '771234567859', ogrn: '324774600012374' };

/** Every number that differs from `value` in exactly one digit. */
function singleDigitChanges(value: string): string[] {
  const changed: string[] = [];
  for (let i = 0; i < value.length; i++) {
    for (let digit = 0; digit <= 9; digit++) {
      if (String(digit) !== value[i]) changed.push(value.slice(0, i) + digit + value.slice(i + 1));
    }
  }
  return changed;
}

describe('ИНН', () => {
  it.each(COMPANIES)('accepts the company ИНН of $name ($inn)', ({ inn }) => {
    expect(innProblem(inn)).toBeNull();
    expect(innProblem(inn, 'legalEntity')).toBeNull();
    expect(innKind(inn)).toBe('legalEntity');
  });

  it('accepts a 12-digit ИНН of a person or individual entrepreneur', () => {
    expect(innProblem(ENTREPRENEUR.inn)).toBeNull();
    expect(innProblem(ENTREPRENEUR.inn, 'individual')).toBeNull();
    expect(innKind(ENTREPRENEUR.inn)).toBe('individual');
  });

  it.each([COMPANIES[0]!.inn, COMPANIES[3]!.inn, ENTREPRENEUR.inn])('rejects every single-digit change of %p', (inn) => {
    const changes = singleDigitChanges(inn);
    expect(changes).toHaveLength(inn.length * 9);
    for (const changed of changes) expect([changed, innProblem(changed)]).toEqual([changed, expect.stringMatching(/^inn\.(checksum|format)$/)]);
    // Only a change that makes the region "00" is a format problem; every other one fails the check digits.
    expect(changes.filter((changed) => innProblem(changed) === 'inn.format').every((changed) => changed.startsWith('00'))).toBe(true);
  });

  it('does not catch every typo: the check digit folds remainders 10 and 0 together', () => {
    // Constructed: the weighted sums of these two differ by 11·k, so both end in check digit 0.
    expect(isValidInn('5000000070')).toBe(true);
    expect(isValidInn('5000000970')).toBe(true);
  });

  it('reports a wrong length for the expected kind', () => {
    expect(innProblem(COMPANIES[0]!.inn, 'individual')).toBe('inn.wrongLengthForKind');
    expect(innProblem(ENTREPRENEUR.inn, 'legalEntity')).toBe('inn.wrongLengthForKind');
  });

  it.each([
    ['', 'empty'],
    ['770708389', '9 digits'],
    ['77070838931', '11 digits'],
    ['7712345678591', '13 digits'],
    ['77070838 3', 'a space'],
    ['7707O83893', 'a letter O'],
    ['+707083893', 'a sign'],
    ['７７０７０８３８９３', 'full-width digits'],
    ['0000000000', 'all zeros (valid check digit, but no region 00)'],
    ['000000000000', 'twelve zeros'],
    ['0012345678', 'region 00'],
  ])('rejects %p (%s) as a format problem', (inn) => {
    expect(innProblem(inn)).toBe('inn.format');
    expect(innProblem(inn, 'legalEntity')).toBe('inn.format');
  });

  it('checks format before the kind, so a malformed number is never a "wrong kind"', () => {
    expect(innProblem('123', 'individual')).toBe('inn.format');
  });

  it('rejects a 12-digit ИНН when either check digit alone is wrong', () => {
    expect(innProblem('771234567858')).toBe('inn.checksum');
    expect(innProblem('771234567849')).toBe('inn.checksum');
  });

  it('reads the tax region from the first two digits', () => {
    expect(taxRegionOfInn('7707083893')).toBe('77');
    expect(taxRegionOfInn('500100732259')).toBe('50');
    expect(taxRegionOfInn('0000000000')).toBeNull();
    expect(taxRegionOfInn('77')).toBeNull();
    expect(taxRegionOfInn('77O7083893')).toBeNull();
  });
});

describe('ОГРН and ОГРНИП', () => {
  it.each(COMPANIES)('accepts the ОГРН of $name ($ogrn)', ({ ogrn }) => {
    expect(ogrnProblem(ogrn)).toBeNull();
    expect(ogrnProblem(ogrn, 'legalEntity')).toBeNull();
  });

  it('accepts an ОГРНИП', () => {
    expect(ogrnProblem(ENTREPRENEUR.ogrn)).toBeNull();
    expect(ogrnProblem(ENTREPRENEUR.ogrn, 'individual')).toBeNull();
  });

  it('agrees with BigInt arithmetic on a thousand generated numbers of both kinds', () => {
    let seed = 20260101;
    const nextDigit = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return String(seed % 10);
    };
    for (let n = 0; n < 1000; n++) {
      const company = `1${Array.from({ length: 11 }, nextDigit).join('')}`;
      const entrepreneur = `3${Array.from({ length: 13 }, nextDigit).join('')}`;
      expect(ogrnProblem(`${company}${(BigInt(company) % 11n) % 10n}`)).toBeNull();
      expect(ogrnProblem(`${entrepreneur}${(BigInt(entrepreneur) % 13n) % 10n}`)).toBeNull();
    }
  });

  it.each([COMPANIES[0]!.ogrn, COMPANIES[3]!.ogrn, ENTREPRENEUR.ogrn])('rejects every single-digit change of %p', (ogrn) => {
    const changes = singleDigitChanges(ogrn);
    expect(changes).toHaveLength(ogrn.length * 9);
    for (const changed of changes) expect([changed, isValidOgrn(changed)]).toEqual([changed, false]);
    // A changed first digit is a different kind of record (format); anything else fails the check digit.
    for (const changed of changes.filter((c) => c[0] === ogrn[0])) expect(ogrnProblem(changed)).toBe('ogrn.checksum');
  });

  it('does not catch every typo either: remainders that differ by 10 give the same check digit', () => {
    // Constructed pairs one digit apart. ОГРН: remainders 10 and 0 (mod 11).
    expect(isValidOgrn('1027700000020')).toBe(true);
    expect(isValidOgrn('1027700000030')).toBe(true);
    // ОГРНИП: remainders 11 and 1 (mod 13); with modulus 13, 0/10, 1/11 and 2/12 all collide.
    expect(isValidOgrn('320774600012341')).toBe(true);
    expect(isValidOgrn('324774600012341')).toBe(true);
  });

  it('accepts the record signs of an ОГРН (1 and 5) and of an ОГРНИП (3) only', () => {
    const withSign = (sign: string, body: string, modulus: bigint) => {
      const number = `${sign}${body}`;
      return `${number}${(BigInt(number) % modulus) % 10n}`;
    };
    for (let sign = 0; sign <= 9; sign++) {
      const company = withSign(String(sign), '02770013219', 11n);
      expect([sign, ogrnProblem(company)]).toEqual([sign, sign === 1 || sign === 5 ? null : 'ogrn.format']);
      const entrepreneur = withSign(String(sign), '2477460001234', 13n);
      expect([sign, ogrnProblem(entrepreneur)]).toEqual([sign, sign === 3 ? null : 'ogrn.format']);
    }
  });

  it('reports a wrong length for the expected kind', () => {
    expect(ogrnProblem(COMPANIES[0]!.ogrn, 'individual')).toBe('ogrn.wrongLengthForKind');
    expect(ogrnProblem(ENTREPRENEUR.ogrn, 'legalEntity')).toBe('ogrn.wrongLengthForKind');
  });

  it.each([
    ['', 'empty'],
    ['102770013219', '12 digits'],
    ['10277001321951', '14 digits'],
    ['3247746000123411', '16 digits'],
    ['1027700132 95', 'a space'],
    ['102770013219S', 'a letter'],
    ['0000000000000', 'all zeros (no such record sign)'],
    ['000000000000000', 'fifteen zeros'],
  ])('rejects %p (%s) as a format problem', (ogrn) => {
    expect(ogrnProblem(ogrn)).toBe('ogrn.format');
  });
});

describe('an employer registration as a whole', () => {
  it.each(COMPANIES)('accepts $name with its ИНН and ОГРН', ({ inn, ogrn }) => {
    expect(registrationProblem({ inn, ogrn })).toBeNull();
  });

  it('accepts an individual entrepreneur with a 12-digit ИНН and an ОГРНИП', () => {
    expect(registrationProblem(ENTREPRENEUR)).toBeNull();
  });

  it('rejects a company ИНН with an ОГРНИП and an entrepreneur ИНН with an ОГРН', () => {
    expect(registrationProblem({ inn: COMPANIES[0]!.inn, ogrn: ENTREPRENEUR.ogrn })).toBe('registration.kindMismatch');
    expect(registrationProblem({ inn: ENTREPRENEUR.inn, ogrn: COMPANIES[0]!.ogrn })).toBe('registration.kindMismatch');
  });

  it('reports the ИНН first, then the ОГРН', () => {
    expect(registrationProblem({ inn: '7707083894', ogrn: '1027700132196' })).toBe('inn.checksum');
    expect(registrationProblem({ inn: '7707083893', ogrn: '1027700132196' })).toBe('ogrn.checksum');
    expect(registrationProblem({ inn: '', ogrn: '' })).toBe('inn.format');
    expect(registrationProblem({ inn: '7707083893', ogrn: '' })).toBe('ogrn.format');
  });
});

describe('normalising what people type', () => {
  it.each([
    [' 7707 083 893 ', '7707083893'],
    ['1-02-77-00-13219-5', '1027700132195'],
    ['7707–083893', '7707083893'],
    ['7707\u00a0083893', '7707083893'],
  ])('turns %p into %p', (input, expected) => {
    expect(normalizeRegistrationNumber(input)).toBe(expected);
    expect(isValidInn(normalizeRegistrationNumber(input)) || isValidOgrn(normalizeRegistrationNumber(input))).toBe(true);
  });
});
