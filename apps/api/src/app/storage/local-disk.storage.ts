/** Files on the local disk, spread over sub-folders by the first characters of their random key. */
import { createReadStream } from 'node:fs';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { FileNotFoundError, FileStorage, checkedStorageKey, isStorageKey, newStorageKey, type StoredFile } from './file-storage';

export class LocalDiskStorage extends FileStorage {
  private readonly root: string;

  constructor(root: string) {
    super();
    this.root = resolve(root);
  }

  async put(content: Buffer, extension: string): Promise<string> {
    const key = newStorageKey(extension);
    await mkdir(join(this.root, key.slice(0, 2)), { recursive: true });
    await writeFile(this.pathOf(key), content, { flag: 'wx', mode: 0o600 });
    return key;
  }

  async open(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    try {
      await stat(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new FileNotFoundError(key);
      throw error;
    }
    return createReadStream(path);
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async *list(): AsyncIterable<StoredFile> {
    const folders = await readdir(this.root).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [] as string[];
      throw error;
    });
    for (const folder of folders.sort()) {
      for (const name of (await readdir(join(this.root, folder)).catch(() => [] as string[])).sort()) {
        const key = `${folder}/${name}`;
        if (!isStorageKey(key)) continue;
        // Removed between the listing and now: not stored any more, nothing to report.
        const stats = await stat(join(this.root, key)).catch(() => undefined);
        if (stats) yield { key, storedAt: stats.mtime };
      }
    }
  }

  private pathOf(key: string): string {
    return join(this.root, checkedStorageKey(key));
  }
}
