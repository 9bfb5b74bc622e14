import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalDiskStorage } from './local-disk.storage';

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString();
}

describe('LocalDiskStorage', () => {
  const root = mkdtempSync(join(tmpdir(), 'jumush-storage-'));
  const storage = new LocalDiskStorage(root);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('stores under an unguessable key and reads the bytes back', async () => {
    const key = await storage.put(Buffer.from('%PDF-1.4 hello'), 'pdf');
    expect(key).toMatch(/^[a-f0-9]{2}\/[a-f0-9]{32}\.pdf$/);
    expect(await readAll(await storage.open(key))).toBe('%PDF-1.4 hello');
  });

  it('gives two uploads of the same bytes different keys', async () => {
    expect(await storage.put(Buffer.from('x'), 'png')).not.toBe(await storage.put(Buffer.from('x'), 'png'));
  });

  it('refuses keys that could escape the folder', async () => {
    await expect(storage.open('../../etc/passwd')).rejects.toThrow(/Not a storage key/);
  });

  it('removes a file, and removing twice is harmless', async () => {
    const key = await storage.put(Buffer.from('bye'), 'jpg');
    await storage.remove(key);
    await storage.remove(key);
    await expect(storage.open(key)).rejects.toThrow();
  });
});
