/** Files on the local disk, spread over sub-folders by the first characters of their random key. */
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { FileStorage } from './file-storage';

const KEY = /^[a-f0-9]{2}\/[a-f0-9]{32}\.[a-z0-9]{1,5}$/;

export class LocalDiskStorage extends FileStorage {
  private readonly root: string;

  constructor(root: string) {
    super();
    this.root = resolve(root);
  }

  async put(content: Buffer, extension: string): Promise<string> {
    const name = randomBytes(16).toString('hex');
    const key = `${name.slice(0, 2)}/${name}.${extension}`;
    await mkdir(join(this.root, name.slice(0, 2)), { recursive: true });
    await writeFile(this.pathOf(key), content, { flag: 'wx', mode: 0o600 });
    return key;
  }

  async open(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    await stat(path);
    return createReadStream(path);
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  /** Keys are ours, but a stored key is still checked before it becomes a path. */
  private pathOf(key: string): string {
    if (!KEY.test(key)) throw new Error(`Not a storage key: ${key}`);
    return join(this.root, key);
  }
}
