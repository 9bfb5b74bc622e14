import { randomBytes } from 'node:crypto';
import { CipherConfigurationError, FieldCipher, parseKeyring } from './field-cipher';

const key = () => randomBytes(32).toString('base64');
const indexKey = randomBytes(32);

describe('FieldCipher', () => {
  const [k1, k2] = [key(), key()];
  const cipher = new FieldCipher(parseKeyring(`k1:${k1}`), indexKey);

  it('round-trips text and never shows the plaintext in the ciphertext', () => {
    const sealed = cipher.encrypt('AC1234567', 'passport');
    expect(sealed).toMatch(/^v1:k1:/);
    expect(sealed).not.toContain('AC1234567');
    expect(cipher.decrypt(sealed, 'passport')).toBe('AC1234567');
  });

  it('uses a fresh IV: the same plaintext encrypts differently each time', () => {
    expect(cipher.encrypt('AC1234567')).not.toBe(cipher.encrypt('AC1234567'));
  });

  it('detects tampering and a ciphertext moved to another context', () => {
    const sealed = cipher.encrypt('AC1234567', 'candidate-1');
    const parts = sealed.split(':');
    const body = Buffer.from(parts[4], 'base64url');
    body[0] ^= 1;
    parts[4] = body.toString('base64url');
    expect(() => cipher.decrypt(parts.join(':'), 'candidate-1')).toThrow();
    expect(() => cipher.decrypt(sealed, 'candidate-2')).toThrow();
  });

  it('rotates keys: new data uses the first key, old data stays readable', () => {
    const old = cipher.encrypt('AC7654321');
    const rotated = new FieldCipher(parseKeyring(`k2:${k2},k1:${k1}`), indexKey);
    expect(rotated.decrypt(old)).toBe('AC7654321');
    expect(rotated.needsReencryption(old)).toBe(true);
    const fresh = rotated.encrypt('AC7654321');
    expect(rotated.keyIdOf(fresh)).toBe('k2');
    expect(rotated.needsReencryption(fresh)).toBe(false);
    expect(() => new FieldCipher(parseKeyring(`k2:${k2}`), indexKey).decrypt(old)).toThrow(/Unknown encryption key "k1"/);
  });

  it('builds a deterministic blind index that depends on the key and the scope', () => {
    expect(cipher.blindIndex('AC1234567', 'KG')).toBe(cipher.blindIndex('AC1234567', 'KG'));
    expect(cipher.blindIndex('AC1234567', 'KG')).not.toBe(cipher.blindIndex('AC1234567', 'UZ'));
    expect(new FieldCipher(parseKeyring(`k1:${k1}`), randomBytes(32)).blindIndex('AC1234567', 'KG')).not.toBe(cipher.blindIndex('AC1234567', 'KG'));
  });

  it('refuses malformed keyrings with a clear message', () => {
    expect(() => parseKeyring('')).toThrow(CipherConfigurationError);
    expect(() => parseKeyring('k1')).toThrow(/id:base64key/);
    expect(() => parseKeyring(`k1:${Buffer.alloc(16).toString('base64')}`)).toThrow(/32 bytes/);
    expect(() => parseKeyring(`k1:${k1},k1:${k2}`)).toThrow(/unique/);
    expect(() => new FieldCipher(parseKeyring(`k1:${k1}`), Buffer.alloc(8))).toThrow(/blind-index/);
  });
});
