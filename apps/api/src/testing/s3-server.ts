// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- s3rver ships no types; the declaration travels with this kit into system-tests
/// <reference path="./s3rver.d.ts" />
/** A local S3-protocol server (s3rver) on a free port over a temp folder, and the API settings that point at it. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import type { S3StorageOptions } from '../app/storage/s3.storage';

export interface TestS3Server {
  endpoint: string;
  /** Storage options for a bucket on this server (the driver creates it if missing). */
  options(bucket: string): S3StorageOptions;
  /** API settings (FILE_STORAGE=s3 and the S3_* variables) for a bucket on this server. */
  settings(bucket: string): Record<string, string>;
  close(): Promise<void>;
}

/** s3rver accepts any key pair; the driver still signs every request with it. */
const ACCESS_KEY_ID = 'S3RVER';
const SECRET_ACCESS_KEY = 'S3RVER';

export async function startS3Server(): Promise<TestS3Server> {
  const directory = mkdtempSync(join(tmpdir(), 'jumush-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    options: (bucket) => ({
      endpoint,
      bucket,
      region: 'us-east-1',
      accessKeyId: ACCESS_KEY_ID,
      secretAccessKey: SECRET_ACCESS_KEY,
      forcePathStyle: true,
    }),
    settings: (bucket) => ({
      FILE_STORAGE: 's3',
      S3_ENDPOINT: endpoint,
      S3_BUCKET: bucket,
      S3_ACCESS_KEY_ID: ACCESS_KEY_ID,
      S3_SECRET_ACCESS_KEY: SECRET_ACCESS_KEY,
      S3_FORCE_PATH_STYLE: 'true',
    }),
    async close() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
