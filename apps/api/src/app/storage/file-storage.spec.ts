/** One contract, both drivers: the local disk in a temp folder, and S3 against an s3rver this test starts. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startS3Server, type TestS3Server } from '../../testing/s3-server';
import { FileNotFoundError, type FileStorage } from './file-storage';
import { LocalDiskStorage } from './local-disk.storage';
import { S3Storage } from './s3.storage';

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString();
}

async function keysOf(storage: FileStorage): Promise<string[]> {
  const keys: string[] = [];
  for await (const file of storage.list()) keys.push(file.key);
  return keys;
}

interface Driver {
  name: string;
  start(): Promise<{ storage: FileStorage; stop(): Promise<void> }>;
}

const drivers: Driver[] = [
  {
    name: 'LocalDiskStorage',
    async start() {
      const root = mkdtempSync(join(tmpdir(), 'jumush-storage-'));
      return { storage: new LocalDiskStorage(root), stop: async () => rmSync(root, { recursive: true, force: true }) };
    },
  },
  {
    name: 'S3Storage (s3rver)',
    async start() {
      const server: TestS3Server = await startS3Server();
      const storage = new S3Storage(server.options('jumush-contract'));
      // The bucket does not exist yet: the driver creates it, and a second call (another instance starting) is harmless.
      await storage.ensureBucket();
      await storage.ensureBucket();
      return {
        storage,
        async stop() {
          storage.destroy();
          await server.close();
        },
      };
    },
  },
];

describe.each(drivers)('$name', (driver) => {
  let storage: FileStorage;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ storage, stop } = await driver.start());
  });

  afterAll(() => stop());

  it('stores under an unguessable key and reads the bytes back', async () => {
    const key = await storage.put(Buffer.from('%PDF-1.4 hello'), 'pdf');
    expect(key).toMatch(/^[a-f0-9]{2}\/[a-f0-9]{32}\.pdf$/);
    expect(await readAll(await storage.open(key))).toBe('%PDF-1.4 hello');
  });

  it('gives two uploads of the same bytes different keys', async () => {
    expect(await storage.put(Buffer.from('x'), 'png')).not.toBe(await storage.put(Buffer.from('x'), 'png'));
  });

  it('answers a key that holds nothing with a FileNotFoundError', async () => {
    const missing = 'ab/0123456789abcdef0123456789abcdef.pdf';
    await expect(storage.open(missing)).rejects.toBeInstanceOf(FileNotFoundError);
    await expect(storage.open(missing)).rejects.toThrow(missing);
  });

  it('refuses keys that could escape the folder or bucket prefix', async () => {
    await expect(storage.open('../../etc/passwd')).rejects.toThrow(/Not a storage key/);
    await expect(storage.remove('../../etc/passwd')).rejects.toThrow(/Not a storage key/);
  });

  it('removes a file, and removing it again (or a key that never held one) is harmless', async () => {
    const key = await storage.put(Buffer.from('bye'), 'jpg');
    await storage.remove(key);
    await storage.remove(key);
    await storage.remove('cd/0123456789abcdef0123456789abcdef.jpg');
    await expect(storage.open(key)).rejects.toBeInstanceOf(FileNotFoundError);
  });

  it('lists what it holds: a put appears, a removal disappears', async () => {
    const kept = await storage.put(Buffer.from('kept'), 'pdf');
    const gone = await storage.put(Buffer.from('gone'), 'pdf');
    await storage.remove(gone);
    const keys = await keysOf(storage);
    expect(keys).toContain(kept);
    expect(keys).not.toContain(gone);
  });
});
