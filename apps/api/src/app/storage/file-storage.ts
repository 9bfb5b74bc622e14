/**
 * Where uploaded files live. The API depends on this interface; the driver (local disk for `npm start`, S3 for
 * several instances) is chosen by FILE_STORAGE at boot (storage.module.ts).
 */
import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';

/** Keys are ours ("ab/<32 hex>.pdf"), but a stored key is still checked before a driver uses it. */
const STORAGE_KEY = /^[a-f0-9]{2}\/[a-f0-9]{32}\.[a-z0-9]{1,5}$/;

/** Thrown by `open` when no file has the key: the caller answers 404, not 500. */
export class FileNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`No stored file has the key ${key}`);
    this.name = 'FileNotFoundError';
  }
}

/** A stored file as a listing sees it: its key and when it was written (the orphan sweep spares recent ones). */
export interface StoredFile {
  key: string;
  storedAt: Date;
}

export abstract class FileStorage {
  /** Stores the bytes under a new unguessable key and returns it. */
  abstract put(content: Buffer, extension: string): Promise<string>;
  /** The file's bytes; a FileNotFoundError when no file has the key. */
  abstract open(key: string): Promise<Readable>;
  /** Removes the file; removing a key that holds nothing is not an error. */
  abstract remove(key: string): Promise<void>;
  /** Every stored file (orphan sweeps, and tests that check nothing of a deleted account is left). */
  abstract list(): AsyncIterable<StoredFile>;
}

/** A new random key: two hex characters of sub-folder (or prefix), 128 random bits, the extension. */
export function newStorageKey(extension: string): string {
  const name = randomBytes(16).toString('hex');
  return checkedStorageKey(`${name.slice(0, 2)}/${name}.${extension}`);
}

export function checkedStorageKey(key: string): string {
  if (!STORAGE_KEY.test(key)) throw new Error(`Not a storage key: ${key}`);
  return key;
}

export function isStorageKey(key: string): boolean {
  return STORAGE_KEY.test(key);
}
