import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@jumush/server/database';
import type { RemindJobData, RemindJobReturn } from '@jumush/server/queues';
import { Clock } from '@jumush/server/config';
import { RemindersService } from './reminders.service';

describe('an overdue batch escalates to the admins (real PostgreSQL)', () => {
  let dataSource: DataSource;
  let reminders: RemindersService;

  beforeAll(async () => {
    dataSource = await new DataSource(dataSourceOptions(process.env['DATABASE_URL']!, { poolSize: 2 })).initialize();
    reminders = new RemindersService(dataSource, new Clock());
  });

  afterAll(async () => {
    await dataSource.destroy();
  });

  const tag = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`.slice(-9);

  async function account(role: string, disabled = false): Promise<string> {
    const [row] = await dataSource.query(
      `INSERT INTO accounts (role, email, password_hash, disabled_at, origin_country) VALUES ($1, $2, 'x', $3, $4) RETURNING id`,
      [role, `escalation-${role.toLowerCase()}-${tag()}@test.kg`, disabled ? new Date() : null, role === 'ATTACHE' ? 'KG' : null],
    );
    return row.id;
  }

  async function submittedBatch(deadline: string): Promise<string> {
    const owner = await account('EMPLOYER');
    const t = tag().slice(-8);
    const [company] = await dataSource.query(
      `INSERT INTO companies (legal_name, inn, ogrn, legal_address, region_code, contact_person, phone, email)
       VALUES ('ООО «Тест»', $1, $2, 'Москва', '77', 'Тест', '+79160000000', 'a@b.kg') RETURNING id`,
      [`77${t}`, `10277${t}`],
    );
    const [vacancy] = await dataSource.query(
      `INSERT INTO vacancies (company_id, status, title, occupation_code, region_code, town, monthly_wage_roubles, weekly_hours, shift_pattern, housing, meals,
                              travel_paid, insurance, contract_months, start_date, positions, russian_level, application_deadline, created_by, version, published_at)
       VALUES ($1, 'PUBLISHED', 'Бетонщик', '7114', '77', 'Москва', 90000, 40, 'DAY', 'FREE', 'FREE', true, true, 12, CURRENT_DATE + 60, 5, 'BASIC', CURRENT_DATE + 30, $2, 1, now()) RETURNING id`,
      [company.id, owner],
    );
    const [batch] = await dataSource.query(
      `INSERT INTO batches (vacancy_id, company_id, origin_country, status, submitted_at, deadline_at, created_by, version)
       VALUES ($1, $2, 'KG', 'SUBMITTED', now() - interval '5 days', now() + $3::interval, $4, 1) RETURNING id`,
      [vacancy.id, company.id, deadline, owner],
    );
    return batch.id;
  }

  const overdueJob = (batchId: string) =>
    ({
      id: `remind.overdue.${batchId}`,
      data: { kind: 'overdue', aggregateType: 'batch', aggregateId: batchId, recipientIds: [], payload: {} },
    }) as unknown as Job<RemindJobData, RemindJobReturn>;

  it('marks the batch overdue and tells every active admin once, with a link that opens the batch', async () => {
    const admin = await account('ADMIN');
    const disabledAdmin = await account('ADMIN', true);
    const attache = await account('ATTACHE');
    const batchId = await submittedBatch('-1 minute');

    const first = await reminders.remind(overdueJob(batchId));
    const retried = await reminders.remind(overdueJob(batchId));

    expect(first.outboxId).not.toBeNull();
    expect(retried.outboxId).toBe(first.outboxId);
    const rows: Array<{ topic: string; recipient_ids: string[]; payload: Record<string, unknown> }> = await dataSource.query(
      `SELECT topic, recipient_ids::text[] AS recipient_ids, payload FROM outbox_messages WHERE aggregate_id = $1 AND topic = 'reminder.overdue'`,
      [batchId],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].recipient_ids).toContain(admin);
    expect(rows[0].recipient_ids).not.toContain(disabledAdmin);
    expect(rows[0].recipient_ids).not.toContain(attache);
    expect(rows[0].payload).toMatchObject({ subject: 'Бетонщик', country: 'KG', path: `/attache/batches/${batchId}` });
    expect(typeof rows[0].payload['deadline']).toBe('string');
    const [batch] = await dataSource.query(`SELECT overdue FROM batches WHERE id = $1`, [batchId]);
    expect(batch.overdue).toBe(true);
  });

  it('escalates nothing before the deadline or once the batch is decided', async () => {
    await account('ADMIN');
    const early = await submittedBatch('2 days');
    const decided = await submittedBatch('-1 minute');
    await dataSource.query(`UPDATE batches SET status = 'DECIDED' WHERE id = $1`, [decided]);

    expect((await reminders.remind(overdueJob(early))).outboxId).toBeNull();
    expect((await reminders.remind(overdueJob(decided))).outboxId).toBeNull();
    const [count] = await dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_messages WHERE aggregate_id = ANY($1::text[]) AND topic = 'reminder.overdue'`,
      [[early, decided]],
    );
    expect(count.n).toBe(0);
    const rows: Array<{ overdue: boolean }> = await dataSource.query(`SELECT overdue FROM batches WHERE id = ANY($1::uuid[])`, [[early, decided]]);
    expect(rows.map((row) => row.overdue)).toEqual([false, false]);
  });
});
