/**
 * A migrant's document scans in file storage: a replaced scan's file is deleted once the new one is recorded, a
 * refused replacement keeps the old file, the per-account quota answers 413 on the file field, and deleting the
 * account leaves none of its files and none of the captured copies of its messages.
 */
import { DataSource } from 'typeorm';
import type { CandidateProfileView, ProblemDetails } from '@jumush/contracts';
import { FileNotFoundError, FileStorage } from '../storage/file-storage';
import { registerAndLogin, startTestApi, uniqueEmail, uniqueKyrgyzPhone, type TestApi } from '../../testing/test-api';

const KB = 1024;
/** A PDF of about `kilobytes` KB (the type is told from the first bytes). */
const pdf = (kilobytes: number, fill = 'a') => Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(kilobytes * KB - 9, fill)]);

describe('candidate documents in file storage (real PostgreSQL)', () => {
  let api: TestApi;
  let storage: FileStorage;
  let dataSource: DataSource;

  beforeAll(async () => {
    // A 1 MB quota keeps the files of the test small.
    api = await startTestApi({ FILE_QUOTA_PER_ACCOUNT_MB: '1' });
    storage = api.app.get(FileStorage);
    dataSource = api.app.get(DataSource);
  });

  afterAll(async () => {
    await api.close();
  });

  async function upload(token: string, kind: string, content: Buffer) {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(content)]), 'scan.pdf');
    const response = await fetch(`${api.baseUrl}/api/candidates/me/checklist/${kind}/document`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    return { status: response.status, body: (await response.json()) as CandidateProfileView & ProblemDetails };
  }

  const storedKeys = async () => {
    const keys: string[] = [];
    for await (const file of storage.list()) keys.push(file.key);
    return keys;
  };

  const documentKeyOf = async (accountId: string, kind: string): Promise<string | undefined> =>
    (
      await dataSource.query<Array<{ document_key: string }>>(
        `SELECT c.document_key FROM checklist_items c JOIN candidate_profiles p ON p.id = c.profile_id WHERE p.account_id = $1 AND c.kind = $2`,
        [accountId, kind],
      )
    )[0]?.document_key;

  const read = async (key: string) => {
    const chunks: Buffer[] = [];
    for await (const chunk of await storage.open(key)) chunks.push(Buffer.from(chunk as Buffer));
    return Buffer.concat(chunks);
  };

  it('deletes the file of a replaced passport scan once the new one is recorded', async () => {
    const migrant = await registerAndLogin(api);
    expect((await upload(migrant.accessToken, 'FOREIGN_PASSPORT', pdf(10, 'a'))).status).toBe(201);
    const first = await documentKeyOf(migrant.account.id, 'FOREIGN_PASSPORT');
    expect(first && (await storedKeys())).toContain(first);

    expect((await upload(migrant.accessToken, 'FOREIGN_PASSPORT', pdf(10, 'b'))).status).toBe(201);
    const second = await documentKeyOf(migrant.account.id, 'FOREIGN_PASSPORT');
    expect(second).not.toBe(first);
    const keys = await storedKeys();
    expect(keys).toContain(second);
    expect(keys).not.toContain(first);
    await expect(storage.open(first as string)).rejects.toBeInstanceOf(FileNotFoundError);
    expect((await read(second as string)).subarray(-1).toString()).toBe('b');
  });

  it('refuses an upload past the account quota with 413 on the file field; a refused replacement keeps the old file', async () => {
    const migrant = await registerAndLogin(api);
    expect((await upload(migrant.accessToken, 'FOREIGN_PASSPORT', pdf(500, 'p'))).status).toBe(201);
    expect((await upload(migrant.accessToken, 'MEDICAL_CERTIFICATE', pdf(500, 'm'))).status).toBe(201);
    const passport = await documentKeyOf(migrant.account.id, 'FOREIGN_PASSPORT');
    const before = await storedKeys();

    const police = await upload(migrant.accessToken, 'POLICE_CLEARANCE', pdf(100));
    expect(police.status).toBe(413);
    expect(police.body.code).toBe('document.quotaExceeded');
    expect(police.body.errors).toEqual([
      expect.objectContaining({ field: 'file', code: 'document.quotaExceeded', params: { usedMegabytes: 1, quotaMegabytes: 1 } }),
    ]);

    // 1000 KB stored, 500 of them replaced by 600: over 1 MB. The transaction fails; the old scan must survive it.
    const larger = await upload(migrant.accessToken, 'FOREIGN_PASSPORT', pdf(600, 'n'));
    expect(larger.status).toBe(413);
    expect(await documentKeyOf(migrant.account.id, 'FOREIGN_PASSPORT')).toBe(passport);
    expect((await read(passport as string)).subarray(-1).toString()).toBe('p');
    // Neither refused upload left a file behind (this API's storage folder is this file's alone).
    expect((await storedKeys()).sort()).toEqual(before.sort());

    // A replacement that fits: the old file stops counting.
    expect((await upload(migrant.accessToken, 'FOREIGN_PASSPORT', pdf(520, 'q'))).status).toBe(201);
    expect(await storedKeys()).not.toContain(passport);
  });

  it('deletes the account with its scans and the captured copies of its SMS and e-mail', async () => {
    const migrant = await registerAndLogin(api);
    for (const kind of ['FOREIGN_PASSPORT', 'MEDICAL_CERTIFICATE', 'POLICE_CLEARANCE'])
      expect((await upload(migrant.accessToken, kind, pdf(20))).status).toBe(201);
    const keys = await Promise.all(
      ['FOREIGN_PASSPORT', 'MEDICAL_CERTIFICATE', 'POLICE_CLEARANCE'].map((kind) => documentKeyOf(migrant.account.id, kind)),
    );
    expect(keys.every(Boolean)).toBe(true);
    const capture = (recipient: string, accountId: string | null, channel = 'SMS') =>
      dataSource.query(`INSERT INTO captured_messages (channel, recipient, body, account_id) VALUES ($1, $2, 'Jumush: …', $3)`, [
        channel,
        recipient,
        accountId,
      ]);
    // One linked to the account, one sent to its phone before it had an account (a registration code), and someone else's.
    await capture(migrant.login, migrant.account.id);
    await capture(migrant.login, null);
    await capture(uniqueEmail('migrant'), migrant.account.id, 'EMAIL');
    const stranger = uniqueKyrgyzPhone();
    await capture(stranger, null);

    expect((await api.request('DELETE', '/api/candidates/me', { token: migrant.accessToken })).status).toBe(204);

    const left = await storedKeys();
    for (const key of keys) expect(left).not.toContain(key);
    expect(
      await dataSource.query(`SELECT id FROM captured_messages WHERE account_id = $1 OR recipient = $2`, [migrant.account.id, migrant.login]),
    ).toEqual([]);
    expect(await dataSource.query(`SELECT id FROM captured_messages WHERE recipient = $1`, [stranger])).toHaveLength(1);
  });
});
