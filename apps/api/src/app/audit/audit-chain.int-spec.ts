import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';

import { DemoDataSeeder } from '../demo-data/demo-data.seeder';
import { DEMO_PASSWORD, registerAndLogin, startTestApi, type TestApi } from '../../testing/test-api';
import type { AuditChainReport } from './audit-chain.service';
import { signInWithTwoFactor } from '../../testing/two-factor';

describe('tamper-evident audit log (real PostgreSQL)', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let adminToken: string;

  beforeAll(async () => {
    api = await startTestApi();
    await api.app.get(DemoDataSeeder).seed();
    dataSource = api.app.get(DataSource);
    adminToken = (await signInWithTwoFactor(api, 'admin@demo.jumush.kg', DEMO_PASSWORD)).body.accessToken;
  });

  afterAll(async () => {
    await api.close();
  });

  const verify = async () =>
    (
      await api.request<AuditChainReport>('GET', '/api/admin/audit/verify', {
        token: adminToken,
      })
    ).body;

  it('chains every event, including those written concurrently', async () => {
    await Promise.all(Array.from({ length: 20 }, () => registerAndLogin(api)));
    const report = await verify();
    expect(report.ok).toBe(true);
    expect(report.checked).toBeGreaterThanOrEqual(20);
    // One statement, one snapshot: other test files keep writing events meanwhile.
    const [{ links, total }] = await dataSource.query(
      `SELECT (SELECT count(*)::int FROM audit_events a JOIN audit_events b ON b.seq = a.seq + 1 WHERE b.prev_hash = a.hash) AS links, (SELECT count(*)::int FROM audit_events) AS total`,
    );
    expect(links).toBe(total - 1);
  });

  it('chains a multi-row insert link by link, as single inserts are, across statements, savepoints and transactions', async () => {
    const tag = `chain-${randomUUID()}`;
    // One statement, `count` events, written in the order of n.
    const insertMany = (manager: EntityManager, count: number) =>
      manager.query(
        `INSERT INTO audit_events (actor_id, actor_role, action, subject_type, subject_id, reason, data)
         SELECT NULL, 'SYSTEM', 'test.chained', 'test', $1 || '-' || n, NULL, jsonb_build_object('n', n) FROM generate_series(1, $2::int) n ORDER BY n`,
        [tag, count],
      );
    await dataSource.transaction(async (manager) => {
      await insertMany(manager, 50);
      await manager.query(
        `INSERT INTO audit_events (actor_id, actor_role, action, subject_type, subject_id, reason, data) VALUES (NULL, 'SYSTEM', 'test.chained', 'test', $1, 'single', '{}')`,
        [`${tag}-single`],
      );
      await manager.query('SAVEPOINT undone');
      await insertMany(manager, 10);
      await manager.query('ROLLBACK TO SAVEPOINT undone');
      await insertMany(manager, 20);
    });
    await Promise.all(Array.from({ length: 4 }, () => dataSource.transaction((manager) => insertMany(manager, 25))));

    const rows: Array<{ seq: string; subject_id: string }> = await dataSource.query(
      `SELECT seq, subject_id FROM audit_events WHERE subject_type = 'test' AND subject_id LIKE $1 ORDER BY seq`,
      [`${tag}-%`],
    );
    expect(rows).toHaveLength(50 + 1 + 20 + 4 * 25);
    // The first transaction holds the head until it commits: its 71 events are consecutive links, in the order
    // written, and the savepoint rolled back left no hole.
    const first = rows.slice(0, 71);
    expect(first.map((row) => BigInt(row.seq) - BigInt(first[0].seq))).toEqual(first.map((_, index) => BigInt(index)));
    const numbers = Array.from({ length: 50 }, (_, index) => `${tag}-${index + 1}`);
    expect(first.map((row) => row.subject_id)).toEqual([...numbers, `${tag}-single`, ...numbers.slice(0, 20)]);
    // Each hash is the one definition's (verification recomputes it), each link points at the one before, no seq is missing.
    const report = await verify();
    expect(report).toMatchObject({ ok: true, firstBroken: null });
    const [head] = await dataSource.query(
      `SELECT (SELECT last_seq FROM audit_chain_head) = (SELECT max(seq) FROM audit_events) AS seq_ok,
              (SELECT last_hash FROM audit_chain_head) = (SELECT hash FROM audit_events ORDER BY seq DESC LIMIT 1) AS hash_ok,
              (SELECT count(*) FROM audit_events) = (SELECT max(seq) FROM audit_events) AS no_gap`,
    );
    expect(head).toEqual({ seq_ok: true, hash_ok: true, no_gap: true });
  });

  it('refuses updates and deletes', async () => {
    await expect(dataSource.query(`UPDATE audit_events SET reason = 'changed' WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`DELETE FROM audit_events WHERE seq = 1`)).rejects.toThrow(/append-only/);
  });

  it('detects a row edited by hand around the guard, naming the first broken link', async () => {
    await registerAndLogin(api);
    const [target] = await dataSource.query(`SELECT id, seq, reason FROM audit_events ORDER BY seq DESC LIMIT 1 OFFSET 3`);
    await dataSource.query(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only`);
    try {
      await dataSource.query(`UPDATE audit_events SET reason = 'quietly rewritten' WHERE id = $1`, [target.id]);
      const report = await verify();
      expect(report).toMatchObject({
        ok: false,
        firstBroken: {
          seq: String(target.seq),
          eventId: String(target.id),
          problem: 'hashMismatch',
        },
      });
    } finally {
      // Put the row back as it was (other test files write events with reasons meanwhile), so the shared chain verifies again.
      await dataSource.query(`UPDATE audit_events SET reason = $2 WHERE id = $1`, [target.id, target.reason]);
      await dataSource.query(`ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only`);
    }
    expect((await verify()).ok).toBe(true);
  });

  it('is for admins only', async () => {
    const migrant = await registerAndLogin(api);
    expect(
      (
        await api.request('GET', '/api/admin/audit/verify', {
          token: migrant.accessToken,
        })
      ).status,
    ).toBe(403);
  });
});
