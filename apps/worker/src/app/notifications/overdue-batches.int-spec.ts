import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@jumush/server/database';
import type { RemindJobData, RemindJobReturn } from '@jumush/server/queues';
import { RemindersService } from './reminders.service';

describe('the overdue mark of a batch (real PostgreSQL)', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await new DataSource(
      dataSourceOptions(process.env['DATABASE_URL']!, { poolSize: 2 }),
    ).initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
  });

  const job = (batchId: string) =>
    ({
      id: `remind.overdue.${batchId}`,
      data: {
        kind: 'overdue',
        aggregateType: 'batch',
        aggregateId: batchId,
        recipientIds: [],
        payload: {},
      },
    }) as unknown as Job<RemindJobData, RemindJobReturn>;

  it('marks an undecided batch overdue once its deadline has passed, and leaves others alone', async () => {
    // Just the rows a batch needs: an employer's company, one vacancy, two submitted batches.
    const tag = Date.now().toString().slice(-8);
    const [owner] = await dataSource.query(
      `INSERT INTO accounts (role, email, password_hash) VALUES ('EMPLOYER', $1, 'x') RETURNING id`,
      [`overdue-${tag}@test.kg`],
    );
    const [company] = await dataSource.query(
      `INSERT INTO companies (legal_name, inn, ogrn, legal_address, region_code, contact_person, phone, email, status)
       VALUES ('ООО «Тест»', $1, $2, 'Москва', '77', 'Тест', '+79160000000', 'a@b.kg', 'VERIFIED') RETURNING id`,
      [`77${tag}`, `10277${tag}`],
    );
    const [vacancy] = await dataSource.query(
      `INSERT INTO vacancies (company_id, status, title, occupation_code, region_code, town, monthly_wage_roubles, weekly_hours, shift_pattern, housing, meals,
                              travel_paid, insurance, contract_months, start_date, positions, russian_level, application_deadline, created_by, version)
       VALUES ($1, 'PUBLISHED', 'Сварщик', '7212', '77', 'Москва', 90000, 40, 'DAY', 'FREE', 'FREE', true, true, 12, CURRENT_DATE + 60, 5, 'BASIC', CURRENT_DATE + 30, $2, 1) RETURNING id`,
      [company.id, owner.id],
    );
    const submittedBatch = async (): Promise<string> =>
      (
        await dataSource.query(
          `INSERT INTO batches (vacancy_id, company_id, origin_country, status, submitted_at, deadline_at, created_by, version)
           VALUES ($1, $2, 'KG', 'SUBMITTED', now(), now() + interval '3 days', $3, 1) RETURNING id`,
          [vacancy.id, company.id, owner.id],
        )
      )[0].id;
    const late = await submittedBatch();
    const early = await submittedBatch();
    await dataSource.query(
      `UPDATE batches SET deadline_at = now() - interval '1 minute' WHERE id = $1`,
      [late],
    );

    const reminders = new RemindersService(dataSource);
    await reminders.remind(job(late));
    await reminders.remind(job(early));
    const rows: Array<{ id: string; overdue: boolean }> =
      await dataSource.query(
        `SELECT id, overdue FROM batches WHERE id = ANY($1)`,
        [[late, early]],
      );
    expect(
      Object.fromEntries(rows.map((row) => [row.id, row.overdue])),
    ).toEqual({ [late]: true, [early]: false });
  });
});
