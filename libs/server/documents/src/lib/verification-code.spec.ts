import {
  isCanonicalVerificationCode,
  isWellFormedVerificationCode,
  newVerificationCode,
  newVerificationCodes,
  normalizeVerificationCode,
  VERIFICATION_CODE_ENTROPY_BITS,
  VERIFICATION_CODE_LENGTH,
  verificationUrl,
} from './verification-code';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

describe('verification codes', () => {
  it('carry at least 128 bits of randomness', () => {
    expect(VERIFICATION_CODE_ENTROPY_BITS).toBeGreaterThanOrEqual(128);
  });

  it('are 7 groups of 4 unambiguous, URL-safe symbols', () => {
    const code = newVerificationCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){6}$/);
    expect(code).toHaveLength(VERIFICATION_CODE_LENGTH);
    expect(encodeURIComponent(code)).toBe(code);
  });

  it.each([
    ['one at a time', () => Array.from({ length: 10_000 }, () => newVerificationCode())],
    ['a batch at once', () => newVerificationCodes(10_000)],
  ])('are unique and well-formed over 10,000 draws (%s), every symbol turning up about equally', (_how, draw) => {
    const codes = draw();
    expect(codes).toHaveLength(10_000);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every(isWellFormedVerificationCode)).toBe(true);
    expect(codes.every(isCanonicalVerificationCode)).toBe(true);
    expect(codes.every((code) => normalizeVerificationCode(code) === code)).toBe(true);

    // 27 random symbols × 10,000 codes = 270,000 draws over 32 symbols: about 8,437 each. A generator with a
    // bias (modulo, or a symbol left out) would be far off; chance alone stays within ±5 %.
    const counts = new Map<string, number>();
    for (const code of codes) for (const symbol of code.replace(/-/g, '').slice(0, 27)) counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
    expect(counts.size).toBe(32);
    for (const count of counts.values()) expect(Math.abs(count - 270_000 / 32)).toBeLessThan(0.05 * (270_000 / 32));
  });

  it('forgive case, spaces, other dashes and the letters people write for digits', () => {
    const code = newVerificationCode();
    const typed = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(normalizeVerificationCode(typed)).toBe(code);
    expect(normalizeVerificationCode(code.replace(/-/g, ''))).toBe(code);
    expect(normalizeVerificationCode(` ${code.replace(/-/g, '–')} `)).toBe(code);
    expect(normalizeVerificationCode(code.replace(/1/g, 'I'))).toBe(code);
  });

  it('catch any one mistyped symbol and any two swapped neighbours', () => {
    const code = newVerificationCode();
    const symbols = code.replace(/-/g, '');
    for (let i = 0; i < symbols.length; i++) {
      for (const other of ALPHABET) {
        if (other === symbols[i]) continue;
        const typo = symbols.slice(0, i) + other + symbols.slice(i + 1);
        expect(normalizeVerificationCode(typo)).toBeNull();
      }
      if (i + 1 < symbols.length && symbols[i] !== symbols[i + 1]) {
        const swapped = symbols.slice(0, i) + symbols[i + 1] + symbols[i] + symbols.slice(i + 2);
        // Luhn mod N misses a swap only of two symbols whose values sum to N - 1 ... as Luhn misses 09/90.
        const values = [ALPHABET.indexOf(symbols[i]), ALPHABET.indexOf(symbols[i + 1])];
        if (values[0] + values[1] !== ALPHABET.length - 1) expect(normalizeVerificationCode(swapped)).toBeNull();
      }
    }
  });

  it.each([
    '',
    'K7Q2',
    'K7Q2-9XMD-4HRT-0BWE-VN3J-8PAC-ZF6',
    'K7Q2-9XMD-4HRT-0BWE-VN3J-8PAC-ZF6SS',
    'K7Q2-9XMD-4HRT-0BWE-VN3J-8PAC-ZF6U',
    'K7Q2-9XMD-4HRT-0BWE-VN3J-8PAC-ZF6!',
    'Ж7Q2-9XMD-4HRT-0BWE-VN3J-8PAC-ZF6S',
    'x'.repeat(1000),
  ])('reject %j', (input) => {
    expect(normalizeVerificationCode(input)).toBeNull();
    expect(isWellFormedVerificationCode(input)).toBe(false);
  });

  it('are canonical only in the stored form', () => {
    const code = newVerificationCode();
    expect(isCanonicalVerificationCode(code)).toBe(true);
    expect(isCanonicalVerificationCode(code.toLowerCase())).toBe(false);
    expect(isCanonicalVerificationCode(code.replace(/-/g, ''))).toBe(false);
  });

  it('give the public verification address', () => {
    const code = newVerificationCode();
    expect(verificationUrl('https://jumush.kg', code)).toBe(`https://jumush.kg/verify/${code}`);
    expect(verificationUrl('https://jumush.kg/', code.toLowerCase())).toBe(`https://jumush.kg/verify/${code}`);
    expect(verificationUrl('http://localhost:4200//', code)).toBe(`http://localhost:4200/verify/${code}`);
    expect(() => verificationUrl('https://jumush.kg', 'nope')).toThrow(RangeError);
    expect(() => verificationUrl('jumush.kg', code)).toThrow(RangeError);
  });
});
