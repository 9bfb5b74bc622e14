/**
 * A company's verification deadline, with the API and the worker's reminder job on real PostgreSQL: the registration
 * schedules, for each country where it waits, its attachés' reminder and the escalation in its transaction; passed
 * undecided, the country's supervisors hear of it once and the attaché's queue puts it first, marked; once decided (or
 * resubmitted), the old jobs find nothing. Supervisors are per country (an admin marked so in the console), else every
 * admin: on a database of its own, so no other suite's escalations meet this one's supervisor.
 */
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import type { AdminAccountView, CompanyView, Page, ProblemDetails, VerificationQueueItem } from '@jumush/contracts';
import { DEFAULT_DEADLINE_TARGETS, MOSCOW_UTC_OFFSET_MINUTES, deadlineFor } from '@jumush/domain';
import { Clock } from '@jumush/server/config';
import { queryRows } from '@jumush/server/database';
import type { RemindJobData, RemindJobReturn } from '@jumush/server/queues';
import { RemindersService } from '@jumush/worker/testing';
import {
  DEMO_PASSWORD,
  DemoDataSeeder,
  registerAndLogin,
  signInWithTwoFactor,
  startTestApiOnOwnDatabase,
  uniqueCompanyInn,
  uniqueCompanyOgrn,
  type TestApi,
} from '@jumush/api/testing';

describe('company verification deadlines (real PostgreSQL, the worker’s reminder job)', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let reminders: RemindersService;
  let attache: string;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    ({ api, drop } = await startTestApiOnOwnDatabase('verification_deadlines'));
    await api.app.get(DemoDataSeeder).seed();
    dataSource = api.app.get(DataSource);
    reminders = new RemindersService(dataSource, new Clock());
    attache = (await signInWithTwoFactor(api, 'attache@demo.jumush.kg', DEMO_PASSWORD)).body.accessToken;
  });

  afterAll(async () => {
    await drop();
  });

  const run = (row: { job_id: string; data: RemindJobData }) =>
    reminders.remind({ id: row.job_id, data: row.data } as unknown as Job<RemindJobData, RemindJobReturn>);
  const accountIdOf = async (email: string) =>
    (await queryRows<{ id: string }>(dataSource.manager, `SELECT id::text AS id FROM accounts WHERE email = $1`, [email]))[0].id;

  async function registeredCompany(legalName: string): Promise<CompanyView> {
    const employer = await registerAndLogin(api, 'employer');
    const created = await api.request<CompanyView>('POST', '/api/companies', {
      token: employer.accessToken,
      body: {
        legalName,
        inn: uniqueCompanyInn(),
        ogrn: uniqueCompanyOgrn(),
        legalAddress: 'г. Москва, ул. Строителей, д. 1',
        regionCode: '77',
        contactPerson: 'Ольга Смирнова',
        phone: '+7 916 123-45-67',
        email: 'hr@example.ru',
      },
    });
    expect(created.status).toBe(201);
    return created.body;
  }

  /** The company's reminder and escalation jobs for one country, as the registration wrote them. */
  async function jobsOf(companyId: string, country: string) {
    const rows = await queryRows<{ job_id: string; data: RemindJobData; due_at: Date }>(
      dataSource.manager,
      `SELECT job_id, data, due_at FROM reminder_outbox WHERE data ->> 'aggregateId' = $1 AND data -> 'payload' ->> 'country' = $2 ORDER BY id`,
      [companyId, country],
    );
    const reminder = rows.find((row) => row.data.kind === 'deadline');
    const escalation = rows.find((row) => row.data.kind === 'overdue');
    if (!reminder || !escalation) throw new Error(`reminders not scheduled: ${JSON.stringify(rows)}`);
    return { reminder, escalation };
  }

  const queueItem = async (companyId: string) => {
    const items = (await api.request<Page<VerificationQueueItem>>('GET', '/api/verification/companies?pageSize=100', { token: attache })).body.items;
    return { item: items.find((item) => item.id === companyId), index: items.findIndex((item) => item.id === companyId) };
  };

  /** Makes the company wait in a country since long ago; the escalation job as if scheduled then. */
  async function pendingLongAgo(companyId: string, country: string, escalation: { job_id: string; data: RemindJobData }) {
    const longAgo = new Date(Date.now() - 3650 * 86_400_000).toISOString();
    await dataSource.query(`UPDATE company_country_statuses SET status_changed_at = $3 WHERE company_id = $1 AND country = $2`, [
      companyId,
      country,
      longAgo,
    ]);
    return {
      job_id: `${escalation.job_id}.late`,
      data: { ...escalation.data, payload: { ...escalation.data.payload, pendingSince: longAgo, deadline: longAgo } },
    };
  }

  it('reminds the country’s attachés, escalates once when passed, puts it first, and forgets a verified company', async () => {
    const company = await registeredCompany(`ООО «Сроки ${Date.now()}»`);
    const { reminder, escalation } = await jobsOf(company.id, 'KG');
    const [pending] = await queryRows<{ status_changed_at: Date }>(
      dataSource.manager,
      `SELECT status_changed_at FROM company_country_statuses WHERE company_id = $1 AND country = 'KG'`,
      [company.id],
    );
    // Five working days, counted out of Russian and Kyrgyz public holidays.
    const deadline = deadlineFor('companyVerification', pending.status_changed_at, DEFAULT_DEADLINE_TARGETS, MOSCOW_UTC_OFFSET_MINUTES, ['RU', 'KG']);
    expect(escalation.data.payload).toMatchObject({ deadline, country: 'KG', pendingSince: pending.status_changed_at.toISOString() });
    expect(escalation.due_at.toISOString()).toBe(deadline);
    expect(reminder.data.recipientIds).toContain(await accountIdOf('attache@demo.jumush.kg'));
    expect(reminder.data.recipientIds).not.toContain(await accountIdOf('attache.uz@demo.jumush.kg'));
    expect(reminder.data.payload).toMatchObject({ path: `/attache/companies/${company.id}` });
    // Uzbekistan's attachés get their own reminder, for their own country's verification.
    expect((await jobsOf(company.id, 'UZ')).reminder.data.recipientIds).toContain(await accountIdOf('attache.uz@demo.jumush.kg'));

    // In the queue with its due date, not yet overdue; the escalation before its time says nothing; the reminder is still awaited.
    expect((await queueItem(company.id)).item).toMatchObject({ verificationDueAt: deadline, overdue: false });
    expect(await run(escalation)).toEqual({ outboxId: null });

    // Pending for years: overdue; the supervisors hear of it once; the queue puts it first and marks it.
    const late = await pendingLongAgo(company.id, 'KG', escalation);
    const first = await run(late);
    expect(first.outboxId).not.toBeNull();
    expect(await run(late)).toEqual(first);
    const [message] = await queryRows<{ topic: string; recipient_ids: string[]; payload: Record<string, unknown> }>(
      dataSource.manager,
      `SELECT topic, recipient_ids::text[] AS recipient_ids, payload FROM outbox_messages WHERE id = $1`,
      [first.outboxId],
    );
    expect(message).toMatchObject({ topic: 'reminder.overdue', payload: { path: `/attache/companies/${company.id}`, country: 'KG' } });
    expect(message.recipient_ids).toContain(await accountIdOf('admin@demo.jumush.kg'));
    expect(await queueItem(company.id)).toMatchObject({ index: 0, item: { overdue: true } });

    // Still waiting: its attachés are reminded.
    const lateReminder = { job_id: `${reminder.job_id}.late`, data: { ...reminder.data, payload: late.data.payload } };
    expect((await run(lateReminder)).outboxId).not.toBeNull();

    // Verified: the reminder and any escalation of that submission find nothing.
    const verified = await api.request<CompanyView>('POST', `/api/verification/companies/${company.id}/verify`, { token: attache });
    expect(verified.status).toBe(200);
    expect(await run({ job_id: `${late.job_id}.after`, data: late.data })).toEqual({ outboxId: null });
    expect(await run({ job_id: `${lateReminder.job_id}.after`, data: lateReminder.data })).toEqual({ outboxId: null });
  });

  it('escalates to the country’s supervisors, else to every admin; an admin marks them in the console (audited)', async () => {
    const admin = (await signInWithTwoFactor(api, 'admin@demo.jumush.kg', DEMO_PASSWORD)).body.accessToken;
    const demoAdmin = await accountIdOf('admin@demo.jumush.kg');
    const [supervisor] = await queryRows<{ id: string }>(
      dataSource.manager,
      `INSERT INTO accounts (role, email, full_name, password_hash, locale) VALUES ('ADMIN', $1, 'Куратор КР', 'no-password', 'ru') RETURNING id::text AS id`,
      [`supervisor-${Date.now()}@test.jumush.kg`],
    );
    const supervise = (id: string, countries: string[]) =>
      api.request<AdminAccountView & ProblemDetails>('PUT', `/api/admin/accounts/${id}/supervised-countries`, { token: admin, body: { countries } });

    // Only an admin supervises, only known countries; the change is audited.
    expect((await supervise(await accountIdOf('attache@demo.jumush.kg'), ['KG'])).body).toMatchObject({ status: 409, code: 'account.notAdmin' });
    expect((await supervise(supervisor.id, ['XX'])).status).toBe(422);
    expect(
      (await api.request('PUT', `/api/admin/accounts/${supervisor.id}/supervised-countries`, { token: attache, body: { countries: ['KG'] } })).status,
    ).toBe(403);
    const marked = await supervise(supervisor.id, ['kg']);
    expect(marked.status).toBe(200);
    expect(marked.body.supervisedCountries).toEqual(['KG']);
    const [audit] = await queryRows<{ actor_id: string; data: Record<string, unknown> }>(
      dataSource.manager,
      `SELECT actor_id::text AS actor_id, data FROM audit_events WHERE action = 'account.supervisionChanged' AND subject_id = $1`,
      [supervisor.id],
    );
    expect(audit).toEqual({ actor_id: demoAdmin, data: { from: [], to: ['KG'] } });

    const company = await registeredCompany(`ООО «Куратор ${Date.now()}»`);
    const recipientsOf = async (country: string, suffix: string) => {
      const late = await pendingLongAgo(company.id, country, (await jobsOf(company.id, country)).escalation);
      const { outboxId } = await run({ ...late, job_id: `${late.job_id}.${suffix}` });
      const [message] = await queryRows<{ recipient_ids: string[] }>(
        dataSource.manager,
        `SELECT recipient_ids::text[] AS recipient_ids FROM outbox_messages WHERE id = $1`,
        [outboxId],
      );
      return message.recipient_ids;
    };
    // Kyrgyzstan's overdue items go to its supervisor alone; Uzbekistan has none: every admin hears of its items.
    expect(await recipientsOf('KG', 'supervised')).toEqual([supervisor.id]);
    expect(await recipientsOf('UZ', 'unsupervised')).toEqual(expect.arrayContaining([demoAdmin, supervisor.id]));
    // A supervisor who can no longer sign in supervises nothing: back to every admin.
    await dataSource.query(`UPDATE accounts SET disabled_at = now() WHERE id = $1`, [supervisor.id]);
    expect(await recipientsOf('KG', 'disabled')).toContain(demoAdmin);
  });
});
