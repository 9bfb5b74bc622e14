/** The batch decision benchmark itself; run.ts registers the path aliases before this module loads. */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { BatchDecisionResultView, SessionView } from '@jumush/contracts';
import { newVerificationCode } from '@jumush/server/documents';
import { dataSourceOptions, runMigrationsExclusively, type VacancyEntity } from '@jumush/server/database';
import { createApiApp } from '../../apps/api/src/app/bootstrap';
import { DemoDataSeeder } from '../../apps/api/src/app/demo-data/demo-data.seeder';
import { DEMO_PASSWORD } from '../../apps/api/src/app/demo-data/demo-accounts';
import { insertShortlistedApplications, insertSubmittedBatch } from '../../apps/api/src/testing/batch-factories';
import { insertCompany, insertVacancy } from '../../apps/api/src/testing/factories';
import { testConfig } from '../../apps/api/src/testing/test-api';
import { ensureDatabase, startPostgres } from '../../tools/stack/postgres';
import { startRedis } from '../../tools/stack/redis';

const CANDIDATES = Number(process.env['BENCH_CANDIDATES'] ?? 1_000);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const say = (line: string) => console.log(`[bench:batch-approve] ${line}`);

/** What the API does for one candidate, done the naive way: one transaction per candidate. */
async function naiveApprove(
  dataSource: DataSource,
  vacancy: VacancyEntity,
  batchId: string,
  applicationIds: string[],
  actorId: string,
): Promise<void> {
  for (const id of applicationIds) {
    await dataSource.transaction(async (manager) => {
      await manager.query(`SELECT id FROM vacancies WHERE id = $1 FOR UPDATE`, [vacancy.id]);
      await manager.query(
        `UPDATE applications SET status = 'APPROVED', version = version + 1, updated_at = now() WHERE id = $1 AND status = 'IN_BATCH'`,
        [id],
      );
      await manager.query(
        `INSERT INTO application_events (application_id, from_status, to_status, actor_role, actor_id) VALUES ($1, 'IN_BATCH', 'APPROVED', 'ATTACHE', $2)`,
        [id, actorId],
      );
      await manager.query(
        `INSERT INTO audit_events (actor_id, actor_role, action, subject_type, subject_id, data) VALUES ($1, 'ATTACHE', 'application.approved', 'application', $2, '{}')`,
        [actorId, id],
      );
      await manager.query(
        `INSERT INTO outbox_messages (topic, aggregate_type, aggregate_id, recipient_ids, payload) VALUES ('application.approved', 'application', $1, ARRAY[$2::uuid], '{}')`,
        [id, actorId],
      );
      await manager.query(`UPDATE batch_items SET decision = 'APPROVED', open = false WHERE batch_id = $1 AND application_id = $2`, [batchId, id]);
      await manager.query(`UPDATE vacancies SET filled_positions = filled_positions + 1 WHERE id = $1`, [vacancy.id]);
      await manager.query(
        `INSERT INTO approval_letters (application_id, batch_id, code, decided_on, office) VALUES ($1, $2, $3, CURRENT_DATE, 'bench')`,
        [id, batchId, newVerificationCode()],
      );
    });
  }
}

async function prepare(app: INestApplication): Promise<{ vacancy: VacancyEntity; batchId: string; ids: string[] }> {
  const dataSource = app.get(DataSource);
  const [owner] = await dataSource.query(`SELECT id, email FROM accounts WHERE email = 'employer@demo.jumush.kg'`);
  const company =
    (await dataSource.query(`SELECT c.* FROM companies c JOIN company_members m ON m.company_id = c.id WHERE m.account_id = $1`, [owner.id]))[0] ??
    (await insertCompany(app, owner.id, owner.email));
  const vacancy = await insertVacancy(app, { id: company.id } as never, { positions: CANDIDATES });
  const ids = await insertShortlistedApplications(app, vacancy, CANDIDATES);
  const batchId = await insertSubmittedBatch(app, vacancy, ids);
  await dataSource.query('ANALYZE');
  return { vacancy, batchId, ids };
}

export async function main(): Promise<number> {
  const postgres = await startPostgres();
  const redis = await startRedis();
  const databaseUrl = await ensureDatabase(postgres.serverUrl, `jumush_bench_batch_${Date.now()}`);
  const migrator = await new DataSource(dataSourceOptions(databaseUrl)).initialize();
  await runMigrationsExclusively(migrator);
  await migrator.destroy();
  const app = await createApiApp(testConfig({ DATABASE_URL: databaseUrl, REDIS_URL: redis.url } as Record<string, string>));
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  try {
    await app.get(DemoDataSeeder).seed();
    const login = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'attache@demo.jumush.kg', password: DEMO_PASSWORD }),
    });
    const attache = (await login.json()) as SessionView;
    const dataSource = app.get(DataSource);

    const decided: number[] = [];
    const naive: number[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const setBased = await prepare(app);
      let started = performance.now();
      const response = await fetch(`${baseUrl}/api/attache/batches/${setBased.batchId}/decision`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${attache.accessToken}`, 'idempotency-key': randomUUID() },
        body: JSON.stringify({ kind: 'APPROVE_ALL' }),
      });
      const result = (await response.json()) as BatchDecisionResultView;
      decided.push(performance.now() - started);
      if (response.status !== 200 || result.approved !== CANDIDATES) throw new Error(`decision failed: ${response.status} ${JSON.stringify(result)}`);

      const baseline = await prepare(app);
      started = performance.now();
      await naiveApprove(dataSource, baseline.vacancy, baseline.batchId, baseline.ids, attache.account.id);
      naive.push(performance.now() - started);
      say(`round ${round}: decision ${decided.at(-1)?.toFixed(0)} ms, naive ${naive.at(-1)?.toFixed(0)} ms`);
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const decision = median(decided);
    const baseline = median(naive);
    const speedUp = baseline / decision;
    say(`${CANDIDATES} candidates, median of ${ROUNDS} rounds`);
    say(`set-based decision (HTTP endpoint, one transaction): ${decision.toFixed(0)} ms   target < 1000 ms   ${decision < 1000 ? 'PASS' : 'FAIL'}`);
    say(`naive baseline (one transaction per candidate):     ${baseline.toFixed(0)} ms`);
    say(`speed-up: ${speedUp.toFixed(1)}×   target ≥ 10×   ${speedUp >= 10 ? 'PASS' : 'FAIL'}`);
    return decision < 1000 && speedUp >= 10 ? 0 : 1;
  } finally {
    await app.close();
    await redis.stop();
    await postgres.stop();
  }
}
