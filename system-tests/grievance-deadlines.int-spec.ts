/**
 * A grievance's deadlines, with the API and the worker's reminder job on real PostgreSQL: opening starts the take-up
 * clock (working days of Russia and Kyrgyzstan) and schedules its reminder and escalation in the same transaction;
 * passed while received, it escalates once to the admins and comes first in the attaché's queue; taking it up starts
 * the resolution clock (the old escalation finds nothing); resolving stops it.
 */
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import type { GrievanceSummaryView, GrievanceView } from '@jumush/contracts';
import { DEFAULT_DEADLINE_TARGETS, MOSCOW_UTC_OFFSET_MINUTES, deadlineFor } from '@jumush/domain';
import { Clock } from '@jumush/server/config';
import { queryRows } from '@jumush/server/database';
import type { RemindJobData, RemindJobReturn } from '@jumush/server/queues';
import { RemindersService } from '@jumush/worker/testing';
import { DEMO_PASSWORD, DemoDataSeeder, grievanceOfArrivedMigrant, signInWithTwoFactor, startTestApi, type TestApi } from '@jumush/api/testing';

describe('grievance deadlines (real PostgreSQL, the worker’s reminder job)', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let reminders: RemindersService;
  let attache: string;

  beforeAll(async () => {
    api = await startTestApi();
    await api.app.get(DemoDataSeeder).seed();
    dataSource = api.app.get(DataSource);
    reminders = new RemindersService(dataSource, new Clock());
    attache = (await signInWithTwoFactor(api, 'attache@demo.jumush.kg', DEMO_PASSWORD)).body.accessToken;
  });

  afterAll(async () => {
    await api.close();
  });

  const scheduled = (grievanceId: string) =>
    queryRows<{ job_id: string; data: RemindJobData; due_at: Date }>(
      dataSource.manager,
      `SELECT job_id, data, due_at FROM reminder_outbox WHERE data ->> 'aggregateId' = $1 ORDER BY id`,
      [grievanceId],
    );
  const dueAt = async (grievanceId: string) =>
    (await queryRows<{ due_at: Date | null }>(dataSource.manager, `SELECT due_at FROM grievances WHERE id = $1`, [grievanceId]))[0]?.due_at ?? null;
  const run = (row: { job_id: string; data: RemindJobData }) =>
    reminders.remind({ id: row.job_id, data: row.data } as unknown as Job<RemindJobData, RemindJobReturn>);
  const queue = async () => (await api.request<GrievanceSummaryView[]>('GET', '/api/attache/grievances', { token: attache })).body;

  it('starts, escalates once, restarts on take-up and stops on resolution', async () => {
    const { grievanceId } = await grievanceOfArrivedMigrant(api);
    const [opened] = await queryRows<{ created_at: Date }>(dataSource.manager, `SELECT created_at FROM grievances WHERE id = $1`, [grievanceId]);
    // Taken up within 2 working days, counted out of Russian and Kyrgyz public holidays.
    const takeUpBy = deadlineFor('grievanceTakeUp', opened.created_at, DEFAULT_DEADLINE_TARGETS, MOSCOW_UTC_OFFSET_MINUTES, ['RU', 'KG']);
    expect((await dueAt(grievanceId))?.toISOString()).toBe(takeUpBy);
    const [reminder, escalation] = await scheduled(grievanceId);
    expect(reminder.data).toMatchObject({
      kind: 'deadline',
      aggregateType: 'grievance',
      payload: { deadline: takeUpBy, path: `/attache/grievances/${grievanceId}` },
    });
    expect(reminder.data.recipientIds.length).toBeGreaterThan(0);
    expect(escalation.data).toMatchObject({ kind: 'overdue', aggregateType: 'grievance', payload: { deadline: takeUpBy } });
    expect(escalation.due_at.toISOString()).toBe(takeUpBy);

    // Not yet due: the escalation finds nothing to say.
    expect(await run(escalation)).toEqual({ outboxId: null });

    // The deadline passed while received: the admins hear of it once; the attaché's queue puts it first.
    const passed = new Date(Date.now() - 3_600_000).toISOString();
    await dataSource.query(`UPDATE grievances SET due_at = $2 WHERE id = $1`, [grievanceId, passed]);
    const late = { job_id: `${escalation.job_id}.late`, data: { ...escalation.data, payload: { deadline: passed } } };
    const first = await run(late);
    expect(first.outboxId).not.toBeNull();
    expect(await run(late)).toEqual(first);
    const [message] = await queryRows<{ topic: string; recipient_ids: string[]; payload: Record<string, unknown> }>(
      dataSource.manager,
      `SELECT topic, recipient_ids::text[] AS recipient_ids, payload FROM outbox_messages WHERE id = $1`,
      [first.outboxId],
    );
    const [admin] = await queryRows<{ id: string }>(dataSource.manager, `SELECT id::text AS id FROM accounts WHERE email = 'admin@demo.jumush.kg'`);
    expect(message.topic).toBe('reminder.overdue');
    expect(message.recipient_ids).toContain(admin.id);
    expect(message.payload).toMatchObject({ path: `/attache/grievances/${grievanceId}`, country: 'KG' });

    const { grievanceId: fresh } = await grievanceOfArrivedMigrant(api);
    const open = (await queue()).filter((item) => item.status !== 'CLOSED');
    const overdueAt = open.findIndex((item) => item.id === grievanceId);
    expect(open[overdueAt]).toMatchObject({ overdue: true, dueAt: passed });
    expect(open.find((item) => item.id === fresh)).toMatchObject({ overdue: false });
    expect(overdueAt).toBeLessThan(open.findIndex((item) => item.id === fresh));
    expect(open.slice(0, overdueAt).every((item) => item.overdue)).toBe(true);

    // Taken up: the resolution clock starts; the take-up escalation and reminder are stale.
    const view = (await api.request<GrievanceView>('GET', `/api/attache/grievances/${grievanceId}`, { token: attache })).body;
    const taken = await api.request<GrievanceView>('POST', `/api/attache/grievances/${grievanceId}/moves`, {
      token: attache,
      body: { move: 'takeUp', version: view.version },
    });
    expect(taken.status).toBe(200);
    expect(taken.body.overdue).toBe(false);
    const resolutionBy = (await dueAt(grievanceId))?.toISOString();
    expect(resolutionBy).toBe(taken.body.dueAt);
    expect(Date.parse(resolutionBy ?? '')).toBeGreaterThan(Date.now() + 9 * 86_400_000);
    expect(await run({ job_id: `${escalation.job_id}.stale`, data: late.data })).toEqual({ outboxId: null });
    expect(await run({ job_id: `${reminder.job_id}.stale`, data: reminder.data })).toEqual({ outboxId: null });
    const rows = await scheduled(grievanceId);
    expect(rows.map((row) => row.job_id).filter((id) => id.includes('grievanceResolution'))).toHaveLength(2);

    // Resolved: nothing is owed.
    const resolved = await api.request<GrievanceView>('POST', `/api/attache/grievances/${grievanceId}/moves`, {
      token: attache,
      body: { move: 'resolve', version: taken.body.version, reason: 'Работодатель включил отопление' },
    });
    expect(resolved.status).toBe(200);
    expect(resolved.body.dueAt).toBeNull();
    expect(await dueAt(grievanceId)).toBeNull();
    const resolutionReminder = rows.find((row) => row.job_id.includes('grievanceResolution') && row.data.kind === 'deadline');
    expect(resolutionReminder && (await run({ ...resolutionReminder, job_id: `${resolutionReminder.job_id}.after` }))).toEqual({ outboxId: null });
  });
});
