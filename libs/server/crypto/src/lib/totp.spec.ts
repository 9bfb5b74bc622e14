import {
  base32Decode,
  base32Encode,
  hotp,
  matchingTotpStep,
  newRecoveryCodes,
  newTotpSecret,
  normalizeRecoveryCode,
  totpAt,
  totpStep,
  totpUri,
} from './totp';

// RFC 4226 appendix D and RFC 6238 appendix B (SHA-1): the secret "12345678901234567890".
const RFC_SECRET = Buffer.from('12345678901234567890', 'ascii');

describe('TOTP', () => {
  it.each([
    [0, '755224'],
    [1, '287082'],
    [2, '359152'],
    [3, '969429'],
    [4, '338314'],
    [5, '254676'],
    [6, '287922'],
    [7, '162583'],
    [8, '399871'],
    [9, '520489'],
  ])('computes HOTP(counter %i) = %s (RFC 4226)', (counter, code) => {
    expect(hotp(RFC_SECRET, counter)).toBe(code);
  });

  it.each([
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ])('computes the 8-digit TOTP at %i s (RFC 6238)', (seconds, code) => {
    expect(totpAt(RFC_SECRET, new Date(seconds * 1000), 8)).toBe(code);
  });

  it.each([
    ['', ''],
    ['f', 'MY'],
    ['fo', 'MZXQ'],
    ['foo', 'MZXW6'],
    ['foob', 'MZXW6YQ'],
    ['fooba', 'MZXW6YTB'],
    ['foobar', 'MZXW6YTBOI'],
  ])('base32 of %j is %s (RFC 4648, unpadded), and back', (text, encoded) => {
    expect(base32Encode(Buffer.from(text))).toBe(encoded);
    expect(base32Decode(encoded)?.toString()).toBe(text);
  });

  it('reads base32 as people copy it, and refuses what is not base32', () => {
    expect(base32Decode('mzxw 6ytb oi==')?.toString()).toBe('foobar');
    expect(base32Decode('MZXW1')).toBeNull();
  });

  it('makes 160-bit secrets an app can read', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(secret)).toHaveLength(20);
    expect(newTotpSecret()).not.toBe(secret);
  });

  it('accepts the code of now and one step either side, once each, and nothing older', () => {
    const at = new Date('2026-12-02T10:00:10Z');
    const now = totpStep(at);
    expect(matchingTotpStep(RFC_SECRET, hotp(RFC_SECRET, now), at)).toBe(now);
    expect(matchingTotpStep(RFC_SECRET, hotp(RFC_SECRET, now - 1), at)).toBe(now - 1);
    expect(matchingTotpStep(RFC_SECRET, hotp(RFC_SECRET, now + 1), at)).toBe(now + 1);
    expect(matchingTotpStep(RFC_SECRET, hotp(RFC_SECRET, now - 2), at)).toBeNull();
    expect(matchingTotpStep(RFC_SECRET, hotp(RFC_SECRET, now + 2), at)).toBeNull();
    // A code already used (or one before it) does not work again: no replay.
    expect(matchingTotpStep(RFC_SECRET, hotp(RFC_SECRET, now), at, now)).toBeNull();
    expect(matchingTotpStep(RFC_SECRET, hotp(RFC_SECRET, now - 1), at, now)).toBeNull();
    expect(matchingTotpStep(RFC_SECRET, hotp(RFC_SECRET, now + 1), at, now)).toBe(now + 1);
    expect(matchingTotpStep(RFC_SECRET, ` ${hotp(RFC_SECRET, now).slice(0, 3)} ${hotp(RFC_SECRET, now).slice(3)} `, at)).toBe(now);
    expect(matchingTotpStep(RFC_SECRET, '12345', at)).toBeNull();
    expect(matchingTotpStep(RFC_SECRET, 'abcdef', at)).toBeNull();
  });

  it('writes the otpauth link authenticator apps read', () => {
    expect(totpUri('JBSWY3DPEHPK3PXP', 'attache@demo.jumush.kg')).toBe(
      'otpauth://totp/Jumush:attache%40demo.jumush.kg?secret=JBSWY3DPEHPK3PXP&issuer=Jumush&algorithm=SHA1&digits=6&period=30',
    );
  });

  it('makes ten distinct recovery codes of an unambiguous alphabet, read however they are typed', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}$/);
    expect(normalizeRecoveryCode(' ABCD-efgh ')).toBe('abcdefgh');
  });
});
