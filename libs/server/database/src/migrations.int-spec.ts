import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions, pendingSchemaChanges, runMigrationsExclusively } from './index';

describe('migrations (real PostgreSQL)', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await new DataSource(
      dataSourceOptions(process.env['DATABASE_URL']!, {
        applicationName: 'jumush-schema-check',
        poolSize: 2,
      }),
    ).initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
  });

  it('leave nothing for the entities to add: entities and migrations agree', async () => {
    expect(await pendingSchemaChanges(dataSource)).toEqual([]);
  });

  it('are all applied, and running them again does nothing', async () => {
    expect(await dataSource.showMigrations()).toBe(false);
    expect(await runMigrationsExclusively(dataSource)).toEqual([]);
  });

  it('seed the origin countries, all three enabled', async () => {
    const rows: Array<{ code: string; active: boolean }> = await dataSource.query('SELECT code, active FROM origin_countries ORDER BY code');
    expect(rows).toEqual([
      { code: 'KG', active: true },
      { code: 'TJ', active: true },
      { code: 'UZ', active: true },
    ]);
  });

  it('refuse a published vacancy without its publication time (search pages are keyed by it)', async () => {
    const constraints: Array<{ definition: string }> = await dataSource.query(
      `SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conname = 'vacancies_published_has_time'`,
    );
    expect(constraints).toHaveLength(1);
    expect(constraints[0]?.definition).toContain('published_at IS NOT NULL');
  });
});
