/**
 * The demo data seed at any hour: between 18:00 and 19:00 UTC it is already tomorrow in Bishkek and still today in
 * Tashkent and Dushanbe. Each demo migrant's checklist dates are on their own home calendar, which the checklist checks
 * them against, so `npm start` never refuses its own demo data (it did, with a 400 on `completedOn`, at that hour).
 */
import { DataSource } from 'typeorm';
import { Clock } from '@jumush/server/config';
import { queryRows } from '@jumush/server/database';
import { startTestApiOnOwnDatabase, type TestApi } from '../../testing/test-api';
import { DemoDataSeeder } from './demo-data.seeder';

describe('the demo data at the hour the home calendars disagree (real PostgreSQL)', () => {
  let api: TestApi;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    ({ api, drop } = await startTestApiOnOwnDatabase('jumush_demo_hour'));
  });

  afterAll(async () => {
    await drop();
  });

  it('seeds at 18:30 UTC, each migrant’s checklist done on their own home date', async () => {
    // The one clock every service reads, set to the hour: the database and the seeding are real.
    jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date('2026-12-02T18:30:00.000Z'));
    await api.app.get(DemoDataSeeder).seed();
    const rows = await queryRows<{ origin_country: string; completed_on: string }>(
      api.app.get(DataSource).manager,
      `SELECT DISTINCT p.origin_country, c.completed_on::text AS completed_on
         FROM checklist_items c JOIN candidate_profiles p ON p.id = c.profile_id ORDER BY 1, 2`,
    );
    expect(rows).toEqual([
      { origin_country: 'KG', completed_on: '2026-12-03' },
      { origin_country: 'TJ', completed_on: '2026-12-02' },
      { origin_country: 'UZ', completed_on: '2026-12-02' },
    ]);
  });
});
