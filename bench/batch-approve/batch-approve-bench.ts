/** The batch decision benchmark itself; run.ts registers the path aliases before this module loads. */
import { randomUUID } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { isTwoFactorChallenge, type BatchDecisionResultView, type LoginView, type SessionView } from '@jumush/contracts';
import { Role } from '@jumush/domain';
import { newVerificationCode, newVerificationCodes } from '@jumush/server/documents';
import { dataSourceOptions, queryRows, runMigrationsExclusively, type VacancyEntity } from '@jumush/server/database';
import { composeMoveStatement, moveWithSequelParts } from '../../apps/api/src/app/applications/application-moves.repository';
import { BatchesRepository } from '../../apps/api/src/app/batches/batches.repository';
import { createApiApp } from '../../apps/api/src/app/bootstrap';
import { DemoDataSeeder } from '../../apps/api/src/app/demo-data/demo-data.seeder';
import { DEMO_PASSWORD, DEMO_TOTP_SECRETS } from '../../apps/api/src/app/demo-data/demo-accounts';
import { base32Decode, hotp, totpStep } from '@jumush/server/crypto';
import type { AuditChainReport } from '../../apps/api/src/app/audit/audit-chain';
import { insertShortlistedApplications, insertSubmittedBatch } from '../../apps/api/src/testing/batch-factories';
import { insertCompany, insertVacancy } from '../../apps/api/src/testing/factories';
import { testConfig } from '../../apps/api/src/testing/test-api';
import { ensureDatabase, startPostgres } from '../../tools/stack/postgres';
import { startRedis } from '../../tools/stack/redis';

const CANDIDATES = Number(process.env['BENCH_CANDIDATES'] ?? 1_000);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5);
/** BENCH_EXPLAIN=1: also print EXPLAIN (ANALYZE, BUFFERS) of the whole decision statement, once per round. */
const EXPLAIN = process.env['BENCH_EXPLAIN'] === '1';
/** Targets of issue 11: the server time of the decision, and its speed-up over one transaction per candidate. */
const TARGET_SERVER_MS = 100;
const TARGET_RATIO = 50;
/**
 * The embedded server flushes each commit to disk, as `npm start`'s does: the baseline's cost is mostly its thousand
 * commits, and a server that skips the flush (the tests' `fsync=off`) would measure a price no production pays.
 * BENCH_DURABILITY=test measures against the tests' settings instead, for comparison.
 */
const DURABLE = process.env['BENCH_DURABILITY'] !== 'test';
/** BENCH_TRACE=1: print every statement the decision sends, with its round trip as the API's driver sees it. */
const TRACE = process.env['BENCH_TRACE'] === '1';
/** BENCH_PROFILE=<file>: write a CPU profile of this process (the API and the client) during the decisions. */
const PROFILE = process.env['BENCH_PROFILE'];
const say = (line: string) => console.log(`[bench:batch-approve] ${line}`);

interface Prepared {
  vacancy: VacancyEntity;
  batchId: string;
  ids: string[];
}

/**
 * The decision statement's pieces, each timed as the statement cut after it (what the pieces before it cost is
 * subtracted): the row locks, the status update with what leaving a status undoes, the timeline, the outbox, the
 * audit events, and the decision's own sequel (items, positions, the batch, the letters). They are one statement
 * in the service, so its Server-Timing cannot tell them apart.
 */
const PIECES: Array<{ name: string; adds: string[]; from: string }> = [
  { name: 'locking (SELECT … FOR UPDATE)', adds: ['target'], from: 'target' },
  { name: 'moves (status; what leaving one undoes)', adds: ['moved', 'enriched', 'letters', 'positions', 'batch_items_left'], from: 'enriched' },
  { name: 'timeline', adds: ['timeline'], from: 'enriched' },
  { name: 'outbox', adds: ['members', 'outbox'], from: 'enriched' },
  { name: 'audit (hash chain)', adds: ['audit'], from: 'enriched' },
  {
    name: 'letters (items, positions, batch, letters)',
    adds: ['decision_approved', 'decision_refused', 'decision_items', 'decision_positions', 'decision_batch', 'decision_letters'],
    from: 'enriched',
  },
];

/** The tables a decision writes (vacuumed around the cuts of the decision statement, which are rolled back). */
const TOUCHED_TABLES = 'applications, application_events, audit_events, outbox_messages, approval_letters, batch_items, vacancies, batches';

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

async function prepare(app: INestApplication): Promise<Prepared> {
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

/** `lock;dur=1.2, plan;dur=0.4` → { lock: 1.2, plan: 0.4 }. */
function parseServerTiming(header: string | null): Record<string, number> {
  const phases: Record<string, number> = {};
  for (const entry of (header ?? '').split(',')) {
    const [name, ...params] = entry.trim().split(';');
    const duration = params.find((param) => param.trim().startsWith('dur='));
    if (name && duration) phases[name] = Number(duration.trim().slice(4));
  }
  return phases;
}

/**
 * Times the decision statement's pieces on a batch that is never decided: each cut of the statement runs in its own
 * transaction, rolled back and vacuumed away, so every one starts from the same rows. The cuts are interleaved,
 * `repeats` times.
 */
async function timePieces(app: INestApplication, prepared: Prepared, attacheId: string, repeats: number): Promise<Record<string, number>> {
  const dataSource = app.get(DataSource);
  const request = {
    move: 'approve' as const,
    actor: { id: attacheId, role: Role.Attache, originCountry: 'KG' },
    select: { applicationIds: prepared.ids },
  };
  // The statement of an APPROVE_ALL decision, as BatchDecisionService sends it.
  const sequel = app.get(BatchesRepository).decisionSequel({
    batchId: prepared.batchId,
    vacancyId: prepared.vacancy.id,
    moved: 'approved',
    approvedBefore: [],
    refusals: [],
    codes: newVerificationCodes(prepared.ids.length),
    decidedOn: new Date().toISOString().slice(0, 10),
    office: 'bench',
    decidedAt: new Date(),
    decidedBy: attacheId,
  });
  const { values, parts } = moveWithSequelParts(request, sequel);
  const whole = composeMoveStatement(parts, 'SELECT count(*)::int AS moved FROM enriched');
  // A statement must mention every parameter it is given: the cut ones are mentioned once, in a constant condition.
  const placeholders = [...new Set(whole.match(/\$\d+::[a-z_]+(\[\])?/g) ?? [])];
  const cuts: Array<{ name: string; text: string }> = [];
  const included: string[] = [];
  for (const piece of PIECES) {
    included.push(...piece.adds);
    cuts.push({
      name: piece.name,
      text: composeMoveStatement(
        parts.filter((part) => included.includes(part.name)),
        `SELECT count(*) FROM ${piece.from} WHERE num_nonnulls(${placeholders.join(', ')}) >= 0`,
      ),
    });
  }
  cuts.push({ name: 'whole statement', text: whole });
  const samples: Record<string, number[]> = Object.fromEntries(cuts.map((cut) => [cut.name, []]));
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    for (let repeat = 0; repeat < repeats; repeat++) {
      for (const cut of cuts) {
        // A rolled-back cut leaves dead row versions and index entries that the next one would have to step over.
        await runner.query(`VACUUM ${TOUCHED_TABLES}`);
        await runner.startTransaction();
        const started = performance.now();
        const rows: Array<{ count?: string; moved?: number }> = await runner.query(cut.text, values);
        samples[cut.name].push(performance.now() - started);
        await runner.rollbackTransaction();
        const moved = Number(rows[0]?.count ?? rows[0]?.moved);
        if (moved !== prepared.ids.length) throw new Error(`${cut.name}: ${moved} rows instead of ${prepared.ids.length}`);
      }
    }
    await runner.query(`VACUUM ${TOUCHED_TABLES}`);
    if (EXPLAIN) {
      await runner.startTransaction();
      const plan: Array<{ 'QUERY PLAN': string }> = await runner.query(`EXPLAIN (ANALYZE, BUFFERS) ${whole}`, values);
      await runner.rollbackTransaction();
      say(`the whole decision statement, EXPLAIN ANALYZE (rolled back):\n${plan.map((row) => row['QUERY PLAN']).join('\n')}`);
      await runner.query(`VACUUM ${TOUCHED_TABLES}`);
    }
  } finally {
    await runner.release();
  }
  return Object.fromEntries(Object.entries(samples).map(([name, times]) => [name, median(times)]));
}

/** Nanoseconds on a CPU and waiting for one (Linux /proc/<pid>/schedstat): this process's threads, and the given processes. */
interface CpuClock {
  api: number;
  database: number;
  waiting: number;
}

function cpuClock(pids: number[]): CpuClock | null {
  const read = (file: string) => readFileSync(file, 'utf8').split(' ').map(Number);
  try {
    const clock = { api: 0, database: 0, waiting: 0 };
    for (const task of readdirSync('/proc/self/task')) {
      const [running, waiting] = read(`/proc/self/task/${task}/schedstat`);
      clock.api += running;
      clock.waiting += waiting;
    }
    for (const pid of pids) {
      const [running, waiting] = read(`/proc/${pid}/schedstat`);
      clock.database += running;
      clock.waiting += waiting;
    }
    return clock;
  } catch {
    return null; // not Linux, or PostgreSQL on another machine
  }
}

/** The PostgreSQL backends of the API's connections (same machine when PostgreSQL is embedded). */
async function backendPids(dataSource: DataSource): Promise<number[]> {
  const rows: Array<{ pid: number }> = await dataSource.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`);
  return rows.map((row) => row.pid);
}

/** Records the round trip of every query sent through `pg` while `recording` is on (the decision's, in this process). */
function traceStatements(): { start(): void; stop(): Array<{ text: string; ms: number; rows: number }> } {
  let recording: Array<{ text: string; ms: number; rows: number }> | null = null;
  const original = Client.prototype.query as (...args: unknown[]) => unknown;
  (Client.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function (this: Client, ...args: unknown[]) {
    const result = original.apply(this, args);
    const log = recording;
    if (log && result instanceof Promise) {
      const started = performance.now();
      const text = typeof args[0] === 'string' ? args[0] : String((args[0] as { text?: string })?.text);
      result.then(
        (raw: { rows?: unknown[] }) =>
          log.push({ text: text.replace(/\s+/g, ' ').slice(0, 90), ms: performance.now() - started, rows: raw?.rows?.length ?? 0 }),
        () => undefined,
      );
    }
    return result;
  };
  return {
    start: () => {
      recording = [];
    },
    stop: () => {
      const log = recording ?? [];
      recording = null;
      return log;
    },
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Signs in as the demo staff member, with the second step from their seeded authenticator key. */
async function login(baseUrl: string, email: string): Promise<SessionView> {
  const post = async <T>(path: string, body: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const first = await post<LoginView>('/api/auth/login', { login: email, password: DEMO_PASSWORD });
  if (!isTwoFactorChallenge(first)) return first;
  const key = base32Decode(DEMO_TOTP_SECRETS[email] ?? '');
  if (!key) throw new Error(`${email} has two-factor on and no seeded key`);
  return post<SessionView>('/api/auth/login/two-factor', { challenge: first.challenge, code: hotp(key, totpStep(new Date())) });
}

const ms = (value: number) => `${value.toFixed(1).padStart(7)} ms`;

export async function main(): Promise<number> {
  const postgres = await startPostgres({ durable: DURABLE });
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
    const attache = await login(baseUrl, 'attache@demo.jumush.kg');
    const dataSource = app.get(DataSource);
    const [settings] = await queryRows<{ fsync: string; synchronous_commit: string }>(
      dataSource.manager,
      `SELECT current_setting('fsync') AS fsync, current_setting('synchronous_commit') AS synchronous_commit`,
    );
    say(`PostgreSQL durability: fsync=${settings?.fsync}, synchronous_commit=${settings?.synchronous_commit}`);

    const http: number[] = [];
    const server: number[] = [];
    const phases: Record<string, number[]> = {};
    const pieces: Record<string, number[]> = {};
    const naive: number[] = [];
    const cpuApi: number[] = [];
    const cpuDatabase: number[] = [];
    const waitingForCpu: number[] = [];
    say(
      `load average at the start: ${loadavg()
        .map((load) => load.toFixed(1))
        .join(' ')} (${ROUNDS} rounds follow)`,
    );
    const trace = TRACE ? traceStatements() : null;
    const profiler = PROFILE ? new Session() : null;
    if (profiler) {
      profiler.connect();
      await profiler.post('Profiler.enable');
      await profiler.post('Profiler.setSamplingInterval', { interval: 100 });
    }
    for (let round = 1; round <= ROUNDS; round++) {
      const setBased = await prepare(app);
      const pids = await backendPids(dataSource);
      const clockBefore = cpuClock(pids);
      trace?.start();
      await profiler?.post('Profiler.start');
      const started = performance.now();
      const response = await fetch(`${baseUrl}/api/attache/batches/${setBased.batchId}/decision`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${attache.accessToken}`, 'idempotency-key': randomUUID() },
        body: JSON.stringify({ kind: 'APPROVE_ALL' }),
      });
      const result = (await response.json()) as BatchDecisionResultView;
      http.push(performance.now() - started);
      if (profiler && PROFILE) {
        const { profile } = await profiler.post('Profiler.stop');
        writeFileSync(PROFILE.replace(/(\.cpuprofile)?$/, `-${round}.cpuprofile`), JSON.stringify(profile));
      }
      const statements = trace?.stop();
      if (statements) {
        say(`round ${round}: the decision's ${statements.length} statements (round trip seen by the API, rows returned):`);
        for (const statement of statements) say(`  ${ms(statement.ms)} ${String(statement.rows).padStart(5)}  ${statement.text}`);
        say(`  ${ms(statements.reduce((sum, statement) => sum + statement.ms, 0))}        in all`);
      }
      const clockAfter = cpuClock(pids);
      if (clockBefore && clockAfter) {
        cpuApi.push((clockAfter.api - clockBefore.api) / 1e6);
        cpuDatabase.push((clockAfter.database - clockBefore.database) / 1e6);
        waitingForCpu.push((clockAfter.waiting - clockBefore.waiting) / 1e6);
      }
      if (response.status !== 200 || result.approved !== CANDIDATES) throw new Error(`decision failed: ${response.status} ${JSON.stringify(result)}`);
      const timing = parseServerTiming(response.headers.get('server-timing'));
      if (timing['total'] === undefined) throw new Error(`no total in Server-Timing: ${response.headers.get('server-timing')}`);
      server.push(timing['total']);
      for (const [name, duration] of Object.entries(timing)) (phases[name] ??= []).push(duration);

      const copy = await prepare(app);
      for (const [name, duration] of Object.entries(await timePieces(app, copy, attache.account.id, 3))) (pieces[name] ??= []).push(duration);

      const baseline = await prepare(app);
      const naiveStarted = performance.now();
      await naiveApprove(dataSource, baseline.vacancy, baseline.batchId, baseline.ids, attache.account.id);
      naive.push(performance.now() - naiveStarted);
      say(
        `round ${round}: decision ${timing['total'].toFixed(1)} ms server, ${http.at(-1)?.toFixed(1)} ms HTTP; naive ${naive.at(-1)?.toFixed(0)} ms`,
      );
    }

    const serverTime = median(server);
    const httpTime = median(http);
    const baselineTime = median(naive);
    const ratio = baselineTime / serverTime;
    const serverOk = serverTime <= TARGET_SERVER_MS;
    const ratioOk = ratio >= TARGET_RATIO;
    say(
      `${CANDIDATES} candidates, APPROVE_ALL, median of ${ROUNDS} rounds; load average ${loadavg()
        .map((load) => load.toFixed(1))
        .join(' ')}`,
    );
    say(`decision, server time (Server-Timing total): ${ms(serverTime)}   target ≤ ${TARGET_SERVER_MS} ms   ${serverOk ? 'PASS' : 'FAIL'}`);
    for (const [name, durations] of Object.entries(phases)) {
      if (name !== 'total') say(`  phase ${name.padEnd(37)}${ms(median(durations))}`);
    }
    say(`decision, HTTP round trip seen by the client:${ms(httpTime)}`);
    if (cpuApi.length > 0) {
      say(`  on a CPU: the API's process (client included)${ms(median(cpuApi))}, its PostgreSQL backends${ms(median(cpuDatabase))}`);
      say(`  waiting for a CPU held by other processes:  ${ms(median(waitingForCpu))}`);
    }
    say(`naive baseline, one transaction per candidate:${ms(baselineTime)}`);
    say(`ratio naive / server time: ${ratio.toFixed(1)}×   target ≥ ${TARGET_RATIO}×   ${ratioOk ? 'PASS' : 'FAIL'}`);
    say(`ratio naive / HTTP round trip: ${(baselineTime / httpTime).toFixed(1)}×`);
    say(`the decision statement taken apart (${CANDIDATES} rows, on a copy, rolled back; each piece = cut after it − cut before it):`);
    let before = 0;
    for (const piece of PIECES) {
      const cut = median(pieces[piece.name]);
      say(`  ${piece.name.padEnd(43)}${ms(cut - before)}   (cut after it: ${cut.toFixed(1)} ms)`);
      before = cut;
    }
    say(`  ${'whole statement, as the service runs it'.padEnd(43)}${ms(median(pieces['whole statement']))}`);

    const admin = await login(baseUrl, 'admin@demo.jumush.kg');
    const chain = (await (
      await fetch(`${baseUrl}/api/admin/audit/verify`, { headers: { authorization: `Bearer ${admin.accessToken}` } })
    ).json()) as AuditChainReport;
    say(`audit chain after the run: ${chain.checked} events, ${chain.ok ? 'verified' : `BROKEN at ${JSON.stringify(chain.firstBroken)}`}`);
    return serverOk && ratioOk && chain.ok ? 0 : 1;
  } finally {
    await app.close();
    await redis.stop();
    await postgres.stop();
  }
}
