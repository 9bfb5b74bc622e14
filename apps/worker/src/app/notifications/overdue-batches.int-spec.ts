import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@jumush/server/database';
import type { RemindJobData, RemindJobReturn } from '@jumush/server/queues';
import { RemindersService } from './reminders.service';
import { Clock } from '@jumush/server/config';

describe('batch deadline jobs (real PostgreSQL)', () => {
  let dataSource: DataSource;
  let reminders: RemindersService;

  beforeAll(async () => {
    dataSource = await new DataSource(dataSourceOptions(process.env['DATABASE_URL']!, { poolSize: 2 })).initialize();
    reminders = new RemindersService(dataSource, new Clock());
  });

  afterAll(async () => {
    await dataSource.destroy();
  });

  /** Just the rows a batch needs: an employer's company, one vacancy, and submitted batches of it. */
  async function employerWithBatches(count: number): Promise<{ ownerId: string; batchIds: string[] }> {
    const tag = `${Date.now()}${Math.floor(Math.random() * 100)}`.slice(-8);
    const [owner] = await dataSource.query(`INSERT INTO accounts (role, email, password_hash) VALUES ('EMPLOYER', $1, 'x') RETURNING id`, [
      `deadline-${tag}@test.kg`,
    ]);
    const [company] = await dataSource.query(
      `INSERT INTO companies (legal_name, inn, ogrn, legal_address, region_code, contact_person, phone, email)
       VALUES ('ООО «Тест»', $1, $2, 'Москва', '77', 'Тест', '+79160000000', 'a@b.kg') RETURNING id`,
      [`77${tag}`, `10277${tag}`],
    );
    const [vacancy] = await dataSource.query(
      `INSERT INTO vacancies (company_id, status, title, occupation_code, region_code, town, monthly_wage_roubles, weekly_hours, shift_pattern, housing, meals,
                              travel_paid, insurance, contract_months, start_date, positions, russian_level, application_deadline, created_by, version, published_at)
       VALUES ($1, 'PUBLISHED', 'Сварщик', '7212', '77', 'Москва', 90000, 40, 'DAY', 'FREE', 'FREE', true, true, 12, CURRENT_DATE + 60, 5, 'BASIC', CURRENT_DATE + 30, $2, 1, now()) RETURNING id`,
      [company.id, owner.id],
    );
    const batchIds: string[] = [];
    for (let i = 0; i < count; i++) {
      const [batch] = await dataSource.query(
        `INSERT INTO batches (vacancy_id, company_id, origin_country, status, submitted_at, deadline_at, created_by, version)
         VALUES ($1, $2, 'KG', 'SUBMITTED', now(), now() + interval '3 days', $3, 1) RETURNING id`,
        [vacancy.id, company.id, owner.id],
      );
      batchIds.push(batch.id);
    }
    return { ownerId: owner.id, batchIds };
  }

  const job = (key: string, data: Omit<RemindJobData, 'aggregateType' | 'payload'>) =>
    ({
      id: key,
      data: {
        ...data,
        aggregateType: 'batch',
        payload: { subject: 'Сварщик' },
      },
    }) as unknown as Job<RemindJobData, RemindJobReturn>;

  it('marks an undecided batch overdue once its deadline has passed, and leaves others alone', async () => {
    const { batchIds } = await employerWithBatches(2);
    const [late, early] = batchIds;
    await dataSource.query(`UPDATE batches SET deadline_at = now() - interval '1 minute' WHERE id = $1`, [late]);
    await reminders.remind(
      job(`remind.overdue.${late}`, {
        kind: 'overdue',
        aggregateId: late,
        recipientIds: [],
      }),
    );
    await reminders.remind(
      job(`remind.overdue.${early}`, {
        kind: 'overdue',
        aggregateId: early,
        recipientIds: [],
      }),
    );
    const rows: Array<{ id: string; overdue: boolean }> = await dataSource.query(`SELECT id, overdue FROM batches WHERE id = ANY($1)`, [batchIds]);
    expect(Object.fromEntries(rows.map((row) => [row.id, row.overdue]))).toEqual({ [late]: true, [early]: false });
  });

  it('reminds only while the batch still waits for a decision', async () => {
    const { ownerId, batchIds } = await employerWithBatches(1);
    const [batchId] = batchIds;
    expect(
      (
        await reminders.remind(
          job(`remind.deadline.${batchId}.a`, {
            kind: 'deadline',
            aggregateId: batchId,
            recipientIds: [ownerId],
          }),
        )
      ).outboxId,
    ).not.toBeNull();
    await dataSource.query(`UPDATE batches SET status = 'DECIDED' WHERE id = $1`, [batchId]);
    expect(
      (
        await reminders.remind(
          job(`remind.deadline.${batchId}.b`, {
            kind: 'deadline',
            aggregateId: batchId,
            recipientIds: [ownerId],
          }),
        )
      ).outboxId,
    ).toBeNull();
  });
});
