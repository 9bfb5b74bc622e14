import { DataSource } from 'typeorm';
import type { SessionView } from '@jumush/contracts';
import { DemoDataSeeder } from '../demo-data/demo-data.seeder';
import { DEMO_PASSWORD, registerAndLogin, startTestApi, uniqueClientIp, type TestApi } from '../../testing/test-api';
import type { AuditChainReport } from './audit-chain.service';

describe('tamper-evident audit log (real PostgreSQL)', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let adminToken: string;

  beforeAll(async () => {
    api = await startTestApi();
    await api.app.get(DemoDataSeeder).seed();
    dataSource = api.app.get(DataSource);
    adminToken = (
      await api.request<SessionView>('POST', '/api/auth/login', {
        body: { login: 'admin@demo.jumush.kg', password: DEMO_PASSWORD },
        headers: { 'x-forwarded-for': uniqueClientIp() },
      })
    ).body.accessToken;
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

  it('refuses updates and deletes', async () => {
    await expect(dataSource.query(`UPDATE audit_events SET reason = 'changed' WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`DELETE FROM audit_events WHERE seq = 1`)).rejects.toThrow(/append-only/);
  });

  it('detects a row edited by hand around the guard, naming the first broken link', async () => {
    await registerAndLogin(api);
    const [target] = await dataSource.query(`SELECT id, seq FROM audit_events ORDER BY seq DESC LIMIT 1 OFFSET 3`);
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
      // Put the row back so the chain (shared by the other tests in this run) verifies again.
      await dataSource.query(`UPDATE audit_events SET reason = NULL WHERE id = $1`, [target.id]);
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
