/**
 * The orphan-file sweep with the local-disk driver and with S3 (an s3rver this test starts): a file no row names goes
 * once older than the grace period; a referenced file and a file stored a moment ago stay; a second run removes
 * nothing. The sweep is run by the files queue's processor (every test API of a run consumes the one shared queue, so
 * a job added here could be taken by another suite's API with other storage).
 */
import { getQueueToken } from '@nestjs/bullmq';
import { Queue, type Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { FileJob, QueueName, type SweepOrphanFilesJobData, type SweepOrphanFilesJobReturn } from '@jumush/server/queues';
import { startS3Server, type TestS3Server } from '../../testing/s3-server';
import { registerAndLogin, startTestApi, type TestApi } from '../../testing/test-api';
import { FileStorage } from './file-storage';
import { OrphanFilesProcessor } from './orphan-files.processor';
import { FILE_REFERENCES } from './orphan-files.repository';

const pdf = (fill: string) => Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(1024, fill)]);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Driver {
  name: string;
  start(): Promise<{ api: TestApi; stop(): Promise<void> }>;
}

const drivers: Driver[] = [
  {
    name: 'local disk',
    async start() {
      // Each test API gets its own temp folder: the sweep sees this suite's files only.
      const api = await startTestApi();
      return { api, stop: () => api.close() };
    },
  },
  {
    name: 'S3 (s3rver)',
    async start() {
      const server: TestS3Server = await startS3Server();
      const api = await startTestApi(server.settings('jumush-orphans'));
      return {
        api,
        async stop() {
          await api.close();
          await server.close();
        },
      };
    },
  },
];

describe.each(drivers)('orphan-file sweep with $name (real PostgreSQL and Redis)', (driver) => {
  let api: TestApi;
  let stop: () => Promise<void>;
  let storage: FileStorage;
  let queue: Queue<SweepOrphanFilesJobData, SweepOrphanFilesJobReturn>;

  beforeAll(async () => {
    ({ api, stop } = await driver.start());
    storage = api.app.get(FileStorage);
    queue = api.app.get(getQueueToken(QueueName.Files));
  });

  afterAll(async () => {
    await stop();
  });

  const runSweep = (data: SweepOrphanFilesJobData): Promise<SweepOrphanFilesJobReturn> =>
    api.app.get(OrphanFilesProcessor).process({ name: FileJob.SweepOrphans, data } as Job<SweepOrphanFilesJobData, SweepOrphanFilesJobReturn>);

  const storedKeys = async () => {
    const keys: string[] = [];
    for await (const file of storage.list()) keys.push(file.key);
    return keys;
  };

  async function uploadScan(token: string): Promise<void> {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(pdf('r'))]), 'scan.pdf');
    const response = await fetch(`${api.baseUrl}/api/candidates/me/checklist/FOREIGN_PASSPORT/document`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    expect(response.status).toBe(201);
  }

  it('removes a file no row names once past the grace period, keeps referenced and new files, and is idempotent', async () => {
    const migrant = await registerAndLogin(api);
    await uploadScan(migrant.accessToken);
    const referenced = (
      await api.app
        .get(DataSource)
        .query<
          Array<{ document_key: string }>
        >(`SELECT c.document_key FROM checklist_items c JOIN candidate_profiles p ON p.id = c.profile_id WHERE p.account_id = $1 AND c.kind = 'FOREIGN_PASSPORT'`, [migrant.account.id])
    )[0].document_key;
    // A crash between a commit and a removal, as the sweep finds it: bytes no row names.
    const orphan = await storage.put(pdf('o'), 'pdf');
    await sleep(4_100);
    // Stored a moment ago, its upload's transaction still running: never an orphan yet (S3 times have whole seconds).
    const fresh = await storage.put(pdf('f'), 'pdf');
    expect((await storedKeys()).sort()).toEqual([referenced, orphan, fresh].sort());

    const swept = await runSweep({ graceSeconds: 3 });
    expect(swept).toEqual({ listed: 3, removed: 1 });
    expect((await storedKeys()).sort()).toEqual([referenced, fresh].sort());

    // Again: nothing more to remove, and the default grace period (a day) spares the new file for good.
    expect(await runSweep({ graceSeconds: 3 })).toEqual({ listed: 2, removed: 0 });
    expect(await runSweep({})).toEqual({ listed: 2, removed: 0 });
    expect((await storedKeys()).sort()).toEqual([referenced, fresh].sort());
  });

  it('schedules the sweep under one deterministic scheduler id when switched on', async () => {
    const scheduled = await startTestApi({ ORPHAN_FILE_SWEEP_EVERY_SECONDS: '3600' });
    const again = await startTestApi({ ORPHAN_FILE_SWEEP_EVERY_SECONDS: '3600' });
    try {
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers.filter((scheduler) => scheduler.key === 'files.sweep-orphans')).toEqual([
        expect.objectContaining({ key: 'files.sweep-orphans', every: 3_600_000, name: FileJob.SweepOrphans }),
      ]);
    } finally {
      await queue.removeJobScheduler('files.sweep-orphans');
      await Promise.all([scheduled.close(), again.close()]);
    }
  });
});

describe('what the orphan-file sweep reads (real PostgreSQL)', () => {
  /** Columns ending in `_key` that name no stored file, each with why. */
  const NOT_FILES = new Set(['batch_decisions.idempotency_key' /* a repeated decision's request key */]);

  it('knows every column that names a stored file', async () => {
    const api = await startTestApi();
    try {
      const columns = await api.app.get(DataSource).query<Array<{ name: string }>>(
        `SELECT table_name || '.' || column_name AS name FROM information_schema.columns
            WHERE table_schema = 'public' AND column_name LIKE '%\\_key' AND data_type IN ('text', 'character varying', 'character')`,
      );
      const known = new Set(FILE_REFERENCES.map(({ table, column }) => `${table}.${column}`));
      expect(columns.map((column) => column.name).filter((name) => !known.has(name) && !NOT_FILES.has(name))).toEqual([]);
      // And every listed reference exists.
      for (const name of known) expect(columns.map((column) => column.name)).toContain(name);
    } finally {
      await api.close();
    }
  });
});
