import type { INestApplication } from '@nestjs/common';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@jumush/server/database';
import type { RemindJobData, RemindJobReturn } from '@jumush/server/queues';
// Test data comes from the API's factories: the same schema, the same rows.
// eslint-disable-next-line @nx/enforce-module-boundaries
import {
  insertShortlistedApplications,
  insertSubmittedBatch,
} from '../../../../api/src/testing/batch-factories';
// eslint-disable-next-line @nx/enforce-module-boundaries
import {
  insertCompany,
  insertVacancy,
} from '../../../../api/src/testing/factories';
import { RemindersService } from './reminders.service';

describe('the overdue mark of a batch (real PostgreSQL)', () => {
  let dataSource: DataSource;
  let app: INestApplication;

  beforeAll(async () => {
    dataSource = await new DataSource(
      dataSourceOptions(process.env['DATABASE_URL']!, { poolSize: 2 }),
    ).initialize();
    // The factories only ask the app for its DataSource.
    app = { get: () => dataSource } as unknown as INestApplication;
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
    const [owner] = await dataSource.query(
      `INSERT INTO accounts (role, email, password_hash) VALUES ('EMPLOYER', $1, 'x') RETURNING id, email`,
      [`overdue-${Date.now()}@test.kg`],
    );
    const company = await insertCompany(app, owner.id, owner.email);
    const vacancy = await insertVacancy(app, company);
    const late = await insertSubmittedBatch(
      app,
      vacancy,
      await insertShortlistedApplications(app, vacancy, 1),
    );
    const early = await insertSubmittedBatch(
      app,
      vacancy,
      await insertShortlistedApplications(app, vacancy, 1),
    );
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
