/**
 * Verification codes of approval letters: the code printed on a letter and in its QR code, which anyone can check
 * on the public verification page. It must be unguessable (a forger who could guess a valid code could print a
 * "genuine" letter), easy to read aloud over the phone and to type from paper.
 *
 * Shape: 28 symbols of Crockford's base32 (0-9 and A-Z without I, L, O, U), in 7 groups of 4, e.g.
 * "K7Q2-9XMD-4HRT-0BWE-VN3J-8PAC-ZF6S". The first 27 symbols are random (135 bits, from the operating system's
 * CSPRNG); the last is a check symbol (Luhn mod 32), so that a mistyped symbol or two swapped neighbours are
 * caught before anything is looked up.
 */
import { randomBytes } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so nothing is mistaken for 1, 0 or V. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BASE = ALPHABET.length;
const RANDOM_SYMBOLS = 27;
const SYMBOLS = RANDOM_SYMBOLS + 1;
const GROUP = 4;
/** Longer input than this is not a code however it is spelled (stops silly work on huge input). */
const MAX_INPUT_LENGTH = 100;

/** Bits of randomness in a code: 27 symbols of 5 bits. */
export const VERIFICATION_CODE_ENTROPY_BITS = RANDOM_SYMBOLS * 5;

/** Length of the canonical form, dashes included ("XXXX-XXXX-…", 34 characters). */
export const VERIFICATION_CODE_LENGTH = SYMBOLS + SYMBOLS / GROUP - 1;

/** The canonical form: exactly what newVerificationCode returns and normalizeVerificationCode gives back. */
const CANONICAL = new RegExp(`^[${ALPHABET}]{${GROUP}}(-[${ALPHABET}]{${GROUP}}){${SYMBOLS / GROUP - 1}}$`);

function valueOf(symbol: string): number {
  return ALPHABET.indexOf(symbol);
}

/** Luhn mod N over the symbols' values: the symbol that makes the whole string check. */
function checkSymbol(symbols: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = symbols.length - 1; i >= 0; i--) {
    const addend = factor * valueOf(symbols.charAt(i));
    factor = factor === 2 ? 1 : 2;
    sum += Math.floor(addend / BASE) + (addend % BASE);
  }
  return ALPHABET.charAt((BASE - (sum % BASE)) % BASE);
}

function checks(symbols: string): boolean {
  let factor = 1;
  let sum = 0;
  for (let i = symbols.length - 1; i >= 0; i--) {
    const addend = factor * valueOf(symbols.charAt(i));
    factor = factor === 2 ? 1 : 2;
    sum += Math.floor(addend / BASE) + (addend % BASE);
  }
  return sum % BASE === 0;
}

function grouped(symbols: string): string {
  return (symbols.match(new RegExp(`.{1,${GROUP}}`, 'g')) ?? []).join('-');
}

/** A fresh random code in canonical form, e.g. "K7Q2-9XMD-4HRT-0BWE-VN3J-8PAC-ZF6S". */
export function newVerificationCode(): string {
  return newVerificationCodes(1)[0];
}

/** `count` fresh codes, drawn with one call to the CSPRNG (a batch decision needs a thousand at once). */
export function newVerificationCodes(count: number): string[] {
  const bytes = randomBytes(RANDOM_SYMBOLS * count);
  const codes: string[] = [];
  for (let start = 0; start < bytes.length; start += RANDOM_SYMBOLS) {
    // 256 is a multiple of 32: the low 5 bits of a random byte are uniform, so every symbol is equally likely.
    let symbols = '';
    for (let i = start; i < start + RANDOM_SYMBOLS; i++) symbols += ALPHABET.charAt(bytes[i] & (BASE - 1));
    symbols += checkSymbol(symbols);
    let code = symbols.slice(0, GROUP);
    for (let at = GROUP; at < SYMBOLS; at += GROUP) code += '-' + symbols.slice(at, at + GROUP);
    codes.push(code);
  }
  return codes;
}

/**
 * The canonical form of a code as a person typed, read or pasted it, or null when it cannot be one. Forgives
 * case, spaces, dashes, dots and underscores anywhere, and the letters people write for digits (O for 0, I and L
 * for 1), as Crockford's base32 does; the check symbol must then agree, so a typo gives null, not another code.
 */
export function normalizeVerificationCode(input: string): string | null {
  if (typeof input !== 'string' || input.length > MAX_INPUT_LENGTH) return null;
  const symbols = input
    .toUpperCase()
    .replace(/[\s\-_.\u2010-\u2015]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (symbols.length !== SYMBOLS) return null;
  for (const symbol of symbols) if (valueOf(symbol) < 0) return null;
  return checks(symbols) ? grouped(symbols) : null;
}

/** Whether the input is a code in any spelling normalizeVerificationCode forgives. */
export function isWellFormedVerificationCode(input: string): boolean {
  return normalizeVerificationCode(input) !== null;
}

/** Whether the input is a code exactly in canonical form (what the database stores), check symbol included. */
export function isCanonicalVerificationCode(input: string): boolean {
  return typeof input === 'string' && CANONICAL.test(input) && checks(input.replace(/-/g, ''));
}

/** The public verification address of a code: `${publicBaseUrl}/verify/${code}`, trailing slashes of the base ignored. */
export function verificationUrl(publicBaseUrl: string, code: string): string {
  const canonical = normalizeVerificationCode(code);
  if (canonical === null) throw new RangeError(`Not a verification code: ${code.slice(0, 40)}`);
  const base = publicBaseUrl.replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+/i.test(base)) throw new RangeError(`Not an absolute http(s) base URL: ${publicBaseUrl}`);
  return `${base}/verify/${canonical}`;
}
