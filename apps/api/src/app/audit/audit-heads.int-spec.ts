/** The audit chain's head in the admin's verification, and the heads published each day for anyone (issue 15). */
import { DataSource } from 'typeorm';
import type { AuditChainReportView, Page, ProblemDetails, PublishedAuditHeadView, SessionView } from '@jumush/contracts';
import { DemoDataSeeder } from '../demo-data/demo-data.seeder';
import { DEMO_PASSWORD, registerAndLogin, startTestApi, type TestApi } from '../../testing/test-api';
import { signInWithTwoFactor } from '../../testing/two-factor';

describe('audit chain head and its daily publication (real PostgreSQL)', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let admin: SessionView;

  beforeAll(async () => {
    api = await startTestApi();
    await api.app.get(DemoDataSeeder).seed();
    dataSource = api.app.get(DataSource);
    // The demo admin has two-factor on: the sign-in takes the second step with the seeded secret.
    admin = (await signInWithTwoFactor(api, 'admin@demo.jumush.kg', DEMO_PASSWORD)).body;
  });
  afterAll(async () => {
    await api.close();
  });

  const verify = () => api.request<AuditChainReportView>('GET', '/api/admin/audit/verify', { token: admin.accessToken });

  it('names the head it verified from: the last link the trigger wrote', async () => {
    await registerAndLogin(api);
    const report = await verify();
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({
      ok: true,
      firstBroken: null,
      head: { seq: expect.stringMatching(/^\d+$/), hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    const [event] = await dataSource.query(`SELECT seq::text AS seq, hash FROM audit_events WHERE seq = $1`, [report.body.head?.seq]);
    expect(event).toEqual({ seq: report.body.head?.seq, hash: report.body.head?.hash });
    expect(Number(report.body.checked)).toBeGreaterThanOrEqual(Number(report.body.head?.seq));
    expect(Date.parse(report.body.verifiedAt)).not.toBeNaN();
  });

  it('fails in the page’s API when an event was rewritten around the guard, and passes once it is put back', async () => {
    await registerAndLogin(api);
    const [target] = await dataSource.query(`SELECT id, seq, data FROM audit_events ORDER BY seq DESC LIMIT 1 OFFSET 2`);
    await dataSource.query(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only`);
    try {
      await dataSource.query(`UPDATE audit_events SET data = data || '{"forged": true}'::jsonb WHERE id = $1`, [target.id]);
      const report = await verify();
      expect(report.body).toMatchObject({ ok: false, firstBroken: { seq: String(target.seq), problem: 'hashMismatch' } });
    } finally {
      await dataSource.query(`UPDATE audit_events SET data = $2::jsonb WHERE id = $1`, [target.id, JSON.stringify(target.data)]);
      await dataSource.query(`ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only`);
    }
    expect((await verify()).body.ok).toBe(true);
  });

  it('lists the published heads to anyone, newest day first; a published head cannot be changed or removed', async () => {
    await dataSource.query(
      `INSERT INTO audit_head_publications (published_on, seq, hash)
       SELECT d::date, last_seq, last_hash FROM audit_chain_head, (VALUES ('2026-01-01'), ('2026-01-02')) AS days(d) ON CONFLICT DO NOTHING`,
    );
    const list = await api.request<Page<PublishedAuditHeadView>>('GET', '/api/public/audit-heads?page=1&pageSize=100');
    expect(list.status).toBe(200);
    expect(list.headers.get('cache-control')).toContain('public');
    const days = list.body.items.map((head) => head.date);
    expect(days).toEqual([...days].sort().reverse());
    expect(list.body.items.find((head) => head.date === '2026-01-02')).toEqual({
      date: '2026-01-02',
      seq: expect.stringMatching(/^\d+$/),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      count: expect.stringMatching(/^\d+$/),
      publishedAt: expect.any(String),
    });
    await expect(dataSource.query(`UPDATE audit_head_publications SET hash = repeat('0', 64)`)).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`DELETE FROM audit_head_publications`)).rejects.toThrow(/append-only/);
    const bad = await api.request<ProblemDetails>('GET', '/api/public/audit-heads?pageSize=0');
    expect([bad.status, bad.body.errors?.[0]?.field]).toEqual([400, 'pageSize']);
  });

  it('verification is for admins only', async () => {
    const migrant = await registerAndLogin(api);
    expect((await api.request('GET', '/api/admin/audit/verify')).status).toBe(401);
    expect((await api.request('GET', '/api/admin/audit/verify', { token: migrant.accessToken })).status).toBe(403);
  });
});
