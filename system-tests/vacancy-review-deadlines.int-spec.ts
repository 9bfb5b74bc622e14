/**
 * A vacancy's review deadline, with the API and the worker's reminder job on real PostgreSQL: the submission schedules
 * the reviewers' reminder and the escalation in its transaction; passed unreviewed, the admins hear of it once and the
 * attaché's queue marks it overdue; once published (or resubmitted), the old jobs find nothing.
 */
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import type { Page, VacancyReviewItem, VacancyView } from '@jumush/contracts';
import { VacancyStatus } from '@jumush/domain';
import { Clock } from '@jumush/server/config';
import { queryRows } from '@jumush/server/database';
import type { RemindJobData, RemindJobReturn } from '@jumush/server/queues';
import { RemindersService } from '@jumush/worker/testing';
import { DEMO_PASSWORD, DemoDataSeeder, employerWithVacancy, signInWithTwoFactor, startTestApi, type TestApi } from '@jumush/api/testing';

describe('vacancy review deadlines (real PostgreSQL, the worker’s reminder job)', () => {
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

  const run = (row: { job_id: string; data: RemindJobData }) =>
    reminders.remind({ id: row.job_id, data: row.data } as unknown as Job<RemindJobData, RemindJobReturn>);

  it('reminds the reviewers, escalates once when passed, and forgets a reviewed vacancy', async () => {
    const { employer, vacancy } = await employerWithVacancy(api, { status: VacancyStatus.Draft, openTo: ['KG'], title: `Плиточник ${Date.now()}` });
    const submitted = await api.request<VacancyView>('POST', `/api/vacancies/mine/${vacancy.id}/submit`, { token: employer.accessToken });
    expect(submitted.status).toBe(200);
    const rows = await queryRows<{ job_id: string; data: RemindJobData; due_at: Date }>(
      dataSource.manager,
      `SELECT job_id, data, due_at FROM reminder_outbox WHERE data ->> 'aggregateId' = $1 ORDER BY id`,
      [vacancy.id],
    );
    const reminder = rows.find((row) => row.data.kind === 'deadline');
    const escalation = rows.find((row) => row.data.kind === 'overdue');
    if (!reminder || !escalation) throw new Error(`reminders not scheduled: ${JSON.stringify(rows)}`);
    const [kyrgyzAttache] = await queryRows<{ id: string }>(
      dataSource.manager,
      `SELECT id::text AS id FROM accounts WHERE email = 'attache@demo.jumush.kg'`,
    );
    expect(reminder.data.recipientIds).toContain(kyrgyzAttache.id);
    expect(reminder.data.payload).toMatchObject({ path: `/attache/vacancies/${vacancy.id}` });
    const deadline = String(escalation.data.payload['deadline']);
    expect(escalation.due_at.toISOString()).toBe(deadline);

    // In the queue with its deadline, not yet overdue; the escalation before its time says nothing.
    const queue = async () =>
      (await api.request<Page<VacancyReviewItem>>('GET', '/api/vacancy-reviews?pageSize=100', { token: attache })).body.items.find(
        (item) => item.id === vacancy.id,
      );
    expect(await queue()).toMatchObject({ reviewDueAt: deadline, overdue: false });
    expect(await run(escalation)).toEqual({ outboxId: null });

    // Submitted long ago: the deadline has passed; the admins hear of it once; the queue marks it.
    const longAgo = new Date(Date.now() - 30 * 86_400_000).toISOString();
    await dataSource.query(`UPDATE vacancies SET submitted_at = $2 WHERE id = $1`, [vacancy.id, longAgo]);
    const late = { job_id: `${escalation.job_id}.late`, data: { ...escalation.data, payload: { submittedAt: longAgo, deadline: longAgo } } };
    const first = await run(late);
    expect(first.outboxId).not.toBeNull();
    expect(await run(late)).toEqual(first);
    const [message] = await queryRows<{ topic: string; payload: Record<string, unknown> }>(
      dataSource.manager,
      `SELECT topic, payload FROM outbox_messages WHERE id = $1`,
      [first.outboxId],
    );
    expect(message).toMatchObject({ topic: 'reminder.overdue', payload: { path: `/attache/vacancies/${vacancy.id}` } });
    expect(await queue()).toMatchObject({ overdue: true });

    // Reviewed: the reminder and any escalation of that submission find nothing.
    const published = await api.request<VacancyView>('POST', `/api/vacancy-reviews/${vacancy.id}/publish`, { token: attache });
    expect(published.status).toBe(200);
    expect(await run({ job_id: `${late.job_id}.after`, data: late.data })).toEqual({ outboxId: null });
    expect(
      await run({ job_id: `${reminder.job_id}.after`, data: { ...reminder.data, payload: { ...reminder.data.payload, submittedAt: longAgo } } }),
    ).toEqual({
      outboxId: null,
    });
  });
});
