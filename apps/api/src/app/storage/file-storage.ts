/** Where uploaded files live. The API depends on this interface; local disk is the default adapter. */
import type { Readable } from 'node:stream';

export abstract class FileStorage {
  /** Stores the bytes under a new unguessable key and returns it. */
  abstract put(content: Buffer, extension: string): Promise<string>;
  abstract open(key: string): Promise<Readable>;
  abstract remove(key: string): Promise<void>;
}
