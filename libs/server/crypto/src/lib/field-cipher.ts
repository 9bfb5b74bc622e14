/**
 * Encryption of personal data at rest (passport numbers): AES-256-GCM, authenticated, with a key id
 * in every ciphertext so keys can be rotated — new data uses the first key, old data stays readable
 * while its key is configured. Lookups use a keyed hash (blind index) so nothing is decrypted to
 * check uniqueness.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

const FORMAT = 'v1';
const IV_BYTES = 12;
const KEY_BYTES = 32;

export interface CipherKey {
  id: string;
  key: Buffer;
}

export class CipherConfigurationError extends Error {}

/** Parses "id1:base64key,id2:base64key"; the first key encrypts. */
export function parseKeyring(spec: string): CipherKey[] {
  const keys = spec
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [id, encoded, ...rest] = part.split(':');
      if (!id || !encoded || rest.length || !/^[A-Za-z0-9_-]{1,16}$/.test(id))
        throw new CipherConfigurationError(`Key "${part.slice(0, 20)}…" must look like id:base64key`);
      const key = Buffer.from(encoded, 'base64');
      if (key.length !== KEY_BYTES) throw new CipherConfigurationError(`Key "${id}" must be ${KEY_BYTES} bytes (base64 of 32 random bytes)`);
      return { id, key };
    });
  if (keys.length === 0) throw new CipherConfigurationError('At least one key is required');
  if (new Set(keys.map((key) => key.id)).size !== keys.length) throw new CipherConfigurationError('Key ids must be unique');
  return keys;
}

export class FieldCipher {
  private readonly keys: Map<string, Buffer>;
  private readonly current: CipherKey;

  constructor(
    keyring: CipherKey[],
    private readonly indexKey: Buffer,
  ) {
    if (keyring.length === 0) throw new CipherConfigurationError('At least one key is required');
    if (indexKey.length < 32) throw new CipherConfigurationError('The blind-index key must be at least 32 bytes');
    this.keys = new Map(keyring.map((entry) => [entry.id, entry.key]));
    this.current = keyring[0];
  }

  /** `context` (e.g. the record's id or kind) is bound into the tag: a ciphertext moved elsewhere fails. */
  encrypt(plaintext: string, context = ''): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.current.key, iv);
    cipher.setAAD(Buffer.from(`${this.current.id}|${context}`));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [FORMAT, this.current.id, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join(':');
  }

  decrypt(ciphertext: string, context = ''): string {
    const [format, keyId, iv, tag, body] = ciphertext.split(':');
    if (format !== FORMAT || !keyId || !iv || !tag || body === undefined) throw new Error('Not a Jumush ciphertext');
    const key = this.keys.get(keyId);
    if (!key) throw new Error(`Unknown encryption key "${keyId}"`);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(`${keyId}|${context}`));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }

  /** The id of the key that encrypted this ciphertext, to find records that still need re-encryption. */
  keyIdOf(ciphertext: string): string {
    return ciphertext.split(':')[1] ?? '';
  }

  needsReencryption(ciphertext: string): boolean {
    return this.keyIdOf(ciphertext) !== this.current.id;
  }

  /** Deterministic keyed hash: equal inputs give equal indexes, and the index reveals nothing without the key. */
  blindIndex(value: string, scope = ''): string {
    return createHmac('sha256', this.indexKey).update(`${scope}|${value}`).digest('hex');
  }
}
