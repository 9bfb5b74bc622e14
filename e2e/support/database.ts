/**
 * The test stack's database, for set-up that cannot happen through the API: moving an arrival into the past (the
 * 30 days of work before a rating cannot be waited for in a browser test).
 */
import { Client } from 'pg';

async function withDatabase<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const connectionString = process.env['E2E_DATABASE_URL'];
  if (!connectionString) throw new Error('E2E_DATABASE_URL is not set: run the journeys through `npm test -- --only e2e`');
  const client = new Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Moves the arrival of each application `days` days into the past (its ARRIVED timeline entry). */
export async function arrivedDaysAgo(applicationIds: readonly string[], days: number): Promise<void> {
  await withDatabase((client) =>
    client.query(
      `UPDATE application_events SET created_at = created_at - make_interval(days => $2) WHERE application_id = ANY($1::uuid[]) AND to_status = 'ARRIVED'`,
      [applicationIds, days],
    ),
  );
}

/** The version of each application (for the employer's moves that check it). */
export async function applicationVersions(applicationIds: readonly string[]): Promise<Map<string, number>> {
  const result = await withDatabase((client) =>
    client.query<{ id: string; version: number }>(`SELECT id, version FROM applications WHERE id = ANY($1::uuid[])`, [applicationIds]),
  );
  return new Map(result.rows.map((row) => [row.id, row.version]));
}
